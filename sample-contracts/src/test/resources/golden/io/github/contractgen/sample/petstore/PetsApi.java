package io.github.contractgen.sample.petstore;

import io.github.contractgen.runtime.http.ApiResponse;
import io.github.contractgen.runtime.http.BinaryPart;
import io.github.contractgen.runtime.http.RestClientCore;
import io.github.contractgen.sample.petstore.model.NewPet;
import io.github.contractgen.sample.petstore.model.Pet;
import io.github.contractgen.sample.petstore.model.PetStatus;
import java.util.List;
import java.util.UUID;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The 'pets' operations of Petstore, called synchronously.
 *
 * <p>Immutable and thread-safe; get it from {@link PetstoreClient#pets()}.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/petstore.yaml"
)
public final class PetsApi {
    private final RestClientCore core;

    PetsApi(RestClientCore core) {
        this.core = core;
    }

    /**
     * Adds a pet to the store.
     *
     * <p>{@code POST /pets}
     *
     * @param newPet the request body
     * @return The pet as stored.
     * @throws PetstoreException.Conflict A pet with this name exists.
     * @throws PetstoreException on any other error status
     */
    public Pet createPet(NewPet newPet) {
        return core.call(PetsCalls.createPet(newPet));
    }

    /**
     * Adds a pet to the store.
     *
     * <p>The same as {@link #createPet(NewPet)},
     * with the response's status and headers next to the body; the parameters are described there.
     *
     * @param newPet the request body
     * @return the response's status, headers and body: the pet as stored
     * @throws PetstoreException.Conflict A pet with this name exists.
     * @throws PetstoreException on any other error status
     */
    public ApiResponse<Pet> createPetWithResponse(NewPet newPet) {
        return core.callWithResponse(PetsCalls.createPet(newPet));
    }

    /**
     * Calls {@code deletePet}.
     *
     * <p>{@code DELETE /pets/{petId}}
     *
     * @param petId the {@code petId} path parameter
     * @param reason the {@code reason} cookie parameter
     * @throws PetstoreException.NotFound No pet has this id.
     * @throws PetstoreException on any other error status
     */
    public void deletePet(long petId, @Nullable String reason) {
        core.call(PetsCalls.deletePet(petId, reason));
    }

    /**
     * Calls {@code deletePet}.
     *
     * <p>The same as {@link #deletePet(long, String)} with the optional parameters left out.
     *
     * @param petId the {@code petId} path parameter
     * @throws PetstoreException.NotFound No pet has this id.
     * @throws PetstoreException on any other error status
     */
    public void deletePet(long petId) {
        deletePet(petId, null);
    }

    /**
     * Calls {@code deletePet}.
     *
     * <p>The same as {@link #deletePet(long, String)},
     * with the response's status and headers next to the body; the parameters are described there.
     *
     * @param petId the {@code petId} path parameter
     * @param reason the {@code reason} cookie parameter
     * @return the response's status and headers (the body is {@code null})
     * @throws PetstoreException.NotFound No pet has this id.
     * @throws PetstoreException on any other error status
     */
    public ApiResponse<Void> deletePetWithResponse(long petId, @Nullable String reason) {
        return core.callWithResponse(PetsCalls.deletePet(petId, reason));
    }

    /**
     * Calls {@code downloadPhoto}.
     *
     * <p>{@code GET /pets/{petId}/photo}
     *
     * @param petId the {@code petId} path parameter
     * @return The photo.
     * @throws PetstoreException.NotFound The pet has no photo.
     * @throws PetstoreException on any other error status
     */
    public byte[] downloadPhoto(long petId) {
        return core.call(PetsCalls.downloadPhoto(petId));
    }

    /**
     * Calls {@code downloadPhoto}.
     *
     * <p>The same as {@link #downloadPhoto(long)},
     * with the response's status and headers next to the body; the parameters are described there.
     *
     * @param petId the {@code petId} path parameter
     * @return the response's status, headers and body: the photo
     * @throws PetstoreException.NotFound The pet has no photo.
     * @throws PetstoreException on any other error status
     */
    public ApiResponse<byte[]> downloadPhotoWithResponse(long petId) {
        return core.callWithResponse(PetsCalls.downloadPhoto(petId));
    }

    /**
     * Finds a pet by its id.
     *
     * <p>{@code GET /pets/{petId}}
     *
     * @param petId the {@code petId} path parameter
     * @return The pet.
     * @throws PetstoreException.NotFound No pet has this id.
     * @throws PetstoreException on any other error status
     */
    public Pet getPetById(long petId) {
        return core.call(PetsCalls.getPetById(petId));
    }

    /**
     * Finds a pet by its id.
     *
     * <p>The same as {@link #getPetById(long)},
     * with the response's status and headers next to the body; the parameters are described there.
     *
     * @param petId the {@code petId} path parameter
     * @return the response's status, headers and body: the pet
     * @throws PetstoreException.NotFound No pet has this id.
     * @throws PetstoreException on any other error status
     */
    public ApiResponse<Pet> getPetByIdWithResponse(long petId) {
        return core.callWithResponse(PetsCalls.getPetById(petId));
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
     * @return The matching pets.
     * @throws PetstoreException when the service answers with an error status
     */
    public List<Pet> listPets(@Nullable List<String> tags, @Nullable List<PetStatus> status,
            @Nullable Integer limit, @Nullable UUID xRequestId) {
        return core.call(PetsCalls.listPets(tags, status, limit, xRequestId));
    }

    /**
     * Lists pets, filtered by tag and status.
     *
     * <p>The same as {@link #listPets(List, List, Integer, UUID)} with the optional parameters left out.
     *
     * @return The matching pets.
     * @throws PetstoreException when the service answers with an error status
     */
    public List<Pet> listPets() {
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
     * @return the response's status, headers and body: the matching pets.
     * Declared headers: {@code X-Total-Count} ({@code long}, always sent): how many pets match, over all pages.
     * @throws PetstoreException when the service answers with an error status
     */
    public ApiResponse<List<Pet>> listPetsWithResponse(@Nullable List<String> tags,
            @Nullable List<PetStatus> status, @Nullable Integer limit, @Nullable UUID xRequestId) {
        return core.callWithResponse(PetsCalls.listPets(tags, status, limit, xRequestId));
    }

    /**
     * Uploads a photo of the pet.
     *
     * <p>{@code PUT /pets/{petId}/photo}
     *
     * @param petId the {@code petId} path parameter
     * @param file the {@code file} field of the request body
     * @param caption the {@code caption} field of the request body
     * @throws PetstoreException when the service answers with an error status
     */
    public void uploadPhoto(long petId, BinaryPart file, @Nullable String caption) {
        core.call(PetsCalls.uploadPhoto(petId, file, caption));
    }

    /**
     * Uploads a photo of the pet.
     *
     * <p>The same as {@link #uploadPhoto(long, BinaryPart, String)} with the optional parameters left out.
     *
     * @param petId the {@code petId} path parameter
     * @param file the {@code file} field of the request body
     * @throws PetstoreException when the service answers with an error status
     */
    public void uploadPhoto(long petId, BinaryPart file) {
        uploadPhoto(petId, file, null);
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
     * @return the response's status and headers (the body is {@code null})
     * @throws PetstoreException when the service answers with an error status
     */
    public ApiResponse<Void> uploadPhotoWithResponse(long petId, BinaryPart file,
            @Nullable String caption) {
        return core.callWithResponse(PetsCalls.uploadPhoto(petId, file, caption));
    }
}
