package io.github.contractgen.sample.petstore;

import io.github.contractgen.runtime.http.ApiResponse;
import io.github.contractgen.runtime.http.BinaryPart;
import io.github.contractgen.runtime.http.RestClientCore;
import io.github.contractgen.sample.petstore.model.NewPet;
import io.github.contractgen.sample.petstore.model.Pet;
import io.github.contractgen.sample.petstore.model.PetStatus;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The 'pets' operations of Petstore, each returning a {@link java.util.concurrent.CompletableFuture}.
 *
 * <p>Immutable and thread-safe; get it from {@link PetstoreAsyncClient#pets()}.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/petstore.yaml"
)
public final class PetsAsyncApi {
    private final RestClientCore core;

    PetsAsyncApi(RestClientCore core) {
        this.core = core;
    }

    /**
     * Adds a pet to the store.
     *
     * <p>{@code POST /pets}
     *
     * @param newPet the request body
     * @return a future of the pet as stored; it fails with {@link PetstoreException.Conflict} when a pet with this name exists, with {@link PetstoreException} on any other error status
     */
    public CompletableFuture<Pet> createPet(NewPet newPet) {
        return core.callAsync(PetsCalls.createPet(newPet));
    }

    /**
     * Adds a pet to the store.
     *
     * <p>The same as {@link #createPet(NewPet)},
     * with the response's status and headers next to the body; the parameters are described there.
     *
     * @param newPet the request body
     * @return a future of the response's status, headers and body: the pet as stored; it fails with {@link PetstoreException.Conflict} when a pet with this name exists, with {@link PetstoreException} on any other error status
     */
    public CompletableFuture<ApiResponse<Pet>> createPetWithResponse(NewPet newPet) {
        return core.callWithResponseAsync(PetsCalls.createPet(newPet));
    }

    /**
     * Calls {@code deletePet}.
     *
     * <p>{@code DELETE /pets/{petId}}
     *
     * @param petId the {@code petId} path parameter
     * @param reason the {@code reason} cookie parameter
     * @return a future of {@code null} once the call has succeeded; it fails with {@link PetstoreException.NotFound} when no pet has this id, with {@link PetstoreException} on any other error status
     */
    public CompletableFuture<Void> deletePet(long petId, @Nullable String reason) {
        return core.callAsync(PetsCalls.deletePet(petId, reason));
    }

    /**
     * Calls {@code deletePet}.
     *
     * <p>The same as {@link #deletePet(long, String)} with the optional parameters left out.
     *
     * @param petId the {@code petId} path parameter
     * @return a future of {@code null} once the call has succeeded; it fails with {@link PetstoreException.NotFound} when no pet has this id, with {@link PetstoreException} on any other error status
     */
    public CompletableFuture<Void> deletePet(long petId) {
        return deletePet(petId, null);
    }

    /**
     * Calls {@code deletePet}.
     *
     * <p>The same as {@link #deletePet(long, String)},
     * with the response's status and headers next to the body; the parameters are described there.
     *
     * @param petId the {@code petId} path parameter
     * @param reason the {@code reason} cookie parameter
     * @return a future of the response's status and headers (the body is {@code null}); it fails with {@link PetstoreException.NotFound} when no pet has this id, with {@link PetstoreException} on any other error status
     */
    public CompletableFuture<ApiResponse<Void>> deletePetWithResponse(long petId,
            @Nullable String reason) {
        return core.callWithResponseAsync(PetsCalls.deletePet(petId, reason));
    }

    /**
     * Calls {@code downloadPhoto}.
     *
     * <p>{@code GET /pets/{petId}/photo}
     *
     * @param petId the {@code petId} path parameter
     * @return a future of the photo; it fails with {@link PetstoreException.NotFound} when the pet has no photo, with {@link PetstoreException} on any other error status
     */
    public CompletableFuture<byte[]> downloadPhoto(long petId) {
        return core.callAsync(PetsCalls.downloadPhoto(petId));
    }

    /**
     * Calls {@code downloadPhoto}.
     *
     * <p>The same as {@link #downloadPhoto(long)},
     * with the response's status and headers next to the body; the parameters are described there.
     *
     * @param petId the {@code petId} path parameter
     * @return a future of the response's status, headers and body: the photo; it fails with {@link PetstoreException.NotFound} when the pet has no photo, with {@link PetstoreException} on any other error status
     */
    public CompletableFuture<ApiResponse<byte[]>> downloadPhotoWithResponse(long petId) {
        return core.callWithResponseAsync(PetsCalls.downloadPhoto(petId));
    }

    /**
     * Finds a pet by its id.
     *
     * <p>{@code GET /pets/{petId}}
     *
     * @param petId the {@code petId} path parameter
     * @return a future of the pet; it fails with {@link PetstoreException.NotFound} when no pet has this id, with {@link PetstoreException} on any other error status
     */
    public CompletableFuture<Pet> getPetById(long petId) {
        return core.callAsync(PetsCalls.getPetById(petId));
    }

    /**
     * Finds a pet by its id.
     *
     * <p>The same as {@link #getPetById(long)},
     * with the response's status and headers next to the body; the parameters are described there.
     *
     * @param petId the {@code petId} path parameter
     * @return a future of the response's status, headers and body: the pet; it fails with {@link PetstoreException.NotFound} when no pet has this id, with {@link PetstoreException} on any other error status
     */
    public CompletableFuture<ApiResponse<Pet>> getPetByIdWithResponse(long petId) {
        return core.callWithResponseAsync(PetsCalls.getPetById(petId));
    }

    /**
     * Lists pets, filtered by tag and status.
     *
     * <p>{@code GET /pets}
     *
     * @param tags Pets with any of these tags.
     * @param status the {@code status} query parameter (each one of {@code available}, {@code pending}, {@code sold})
     * @param limit the {@code limit} query parameter (1 to 100; the service's default is {@code 20} when absent)
     * @param xRequestId the {@code X-Request-Id} header parameter
     * @return a future of the matching pets; it fails with {@link PetstoreException} when the service answers with an error status
     */
    public CompletableFuture<List<Pet>> listPets(@Nullable List<String> tags,
            @Nullable List<PetStatus> status, @Nullable Integer limit, @Nullable UUID xRequestId) {
        return core.callAsync(PetsCalls.listPets(tags, status, limit, xRequestId));
    }

    /**
     * Lists pets, filtered by tag and status.
     *
     * <p>The same as {@link #listPets(List, List, Integer, UUID)} with the optional parameters left out.
     *
     * @return a future of the matching pets; it fails with {@link PetstoreException} when the service answers with an error status
     */
    public CompletableFuture<List<Pet>> listPets() {
        return listPets(null, null, null, null);
    }

    /**
     * Lists pets, filtered by tag and status.
     *
     * <p>The same as {@link #listPets(List, List, Integer, UUID)},
     * with the response's status and headers next to the body; the parameters are described there.
     *
     * @param tags the {@code tags} query parameter
     * @param status the {@code status} query parameter
     * @param limit the {@code limit} query parameter
     * @param xRequestId the {@code X-Request-Id} header parameter
     * @return a future of the response's status, headers and body: the matching pets; it fails with {@link PetstoreException} when the service answers with an error status.
     * Declared headers: {@code X-Total-Count} ({@code long}, always sent): how many pets match, over all pages.
     */
    public CompletableFuture<ApiResponse<List<Pet>>> listPetsWithResponse(
            @Nullable List<String> tags, @Nullable List<PetStatus> status, @Nullable Integer limit,
            @Nullable UUID xRequestId) {
        return core.callWithResponseAsync(PetsCalls.listPets(tags, status, limit, xRequestId));
    }

    /**
     * Uploads a photo of the pet.
     *
     * <p>{@code PUT /pets/{petId}/photo}
     *
     * @param petId the {@code petId} path parameter
     * @param file the {@code file} field of the request body
     * @param caption the {@code caption} field of the request body
     * @return a future of {@code null} once the call has succeeded; it fails with {@link PetstoreException} when the service answers with an error status
     */
    public CompletableFuture<Void> uploadPhoto(long petId, BinaryPart file,
            @Nullable String caption) {
        return core.callAsync(PetsCalls.uploadPhoto(petId, file, caption));
    }

    /**
     * Uploads a photo of the pet.
     *
     * <p>The same as {@link #uploadPhoto(long, BinaryPart, String)} with the optional parameters left out.
     *
     * @param petId the {@code petId} path parameter
     * @param file the {@code file} field of the request body
     * @return a future of {@code null} once the call has succeeded; it fails with {@link PetstoreException} when the service answers with an error status
     */
    public CompletableFuture<Void> uploadPhoto(long petId, BinaryPart file) {
        return uploadPhoto(petId, file, null);
    }

    /**
     * Uploads a photo of the pet.
     *
     * <p>The same as {@link #uploadPhoto(long, BinaryPart, String)},
     * with the response's status and headers next to the body; the parameters are described there.
     *
     * @param petId the {@code petId} path parameter
     * @param file the {@code file} field of the request body
     * @param caption the {@code caption} field of the request body
     * @return a future of the response's status and headers (the body is {@code null}); it fails with {@link PetstoreException} when the service answers with an error status
     */
    public CompletableFuture<ApiResponse<Void>> uploadPhotoWithResponse(long petId, BinaryPart file,
            @Nullable String caption) {
        return core.callWithResponseAsync(PetsCalls.uploadPhoto(petId, file, caption));
    }
}
