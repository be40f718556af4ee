package com.example.petstore;

import com.example.petstore.model.Pet;
import io.github.contractgen.runtime.http.ApiResponse;
import io.github.contractgen.runtime.http.RestClientCore;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The 'pets' operations of Swagger Petstore, each returning a {@link java.util.concurrent.CompletableFuture}.
 *
 * <p>Immutable and thread-safe; get it from {@link PetstoreAsyncClient#pets()}.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0 from petstore.yaml"
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
     * @param pet the request body
     * @return a future of the response body; it fails with {@link PetstoreException.UnprocessableEntity} on HTTP 422, with {@link PetstoreException} on any other error status
     */
    public CompletableFuture<Pet> createPet(Pet pet) {
        return core.callAsync(PetsCalls.createPet(pet));
    }

    /**
     * Adds a pet to the store.
     *
     * <p>The same as {@link #createPet(Pet)},
     * with the response's status and headers next to the body; the parameters are described there.
     *
     * @param pet the request body
     * @return a future of the response's status, headers and decoded body; it fails with {@link PetstoreException.UnprocessableEntity} on HTTP 422, with {@link PetstoreException} on any other error status
     */
    public CompletableFuture<ApiResponse<Pet>> createPetWithResponse(Pet pet) {
        return core.callWithResponseAsync(PetsCalls.createPet(pet));
    }

    /**
     * Removes a pet.
     *
     * <p>{@code DELETE /pets/{petId}}
     *
     * @param petId the {@code petId} path parameter
     * @param xRequestId Correlates the request with server logs.
     * @param session the {@code session} cookie parameter
     * @return a future of {@code null} once the call has succeeded; it fails with {@link PetstoreException.NotFound} on HTTP 404, with {@link PetstoreException} on any other error status
     * @deprecated the contract marks this operation deprecated
     */
    @Deprecated
    public CompletableFuture<Void> deletePet(String petId, String xRequestId,
            @Nullable String session) {
        return core.callAsync(PetsCalls.deletePet(petId, xRequestId, session));
    }

    /**
     * Removes a pet.
     *
     * <p>The same as {@link #deletePet(String, String, String)} with the optional parameters left out.
     *
     * @param petId the {@code petId} path parameter
     * @param xRequestId Correlates the request with server logs.
     * @return a future of {@code null} once the call has succeeded; it fails with {@link PetstoreException.NotFound} on HTTP 404, with {@link PetstoreException} on any other error status
     * @deprecated the contract marks this operation deprecated
     */
    @Deprecated
    public CompletableFuture<Void> deletePet(String petId, String xRequestId) {
        return deletePet(petId, xRequestId, null);
    }

    /**
     * Removes a pet.
     *
     * <p>The same as {@link #deletePet(String, String, String)},
     * with the response's status and headers next to the body; the parameters are described there.
     *
     * @param petId the {@code petId} path parameter
     * @param xRequestId the {@code X-Request-Id} header parameter
     * @param session the {@code session} cookie parameter
     * @return a future of the response's status and headers (the body is {@code null}); it fails with {@link PetstoreException.NotFound} on HTTP 404, with {@link PetstoreException} on any other error status
     * @deprecated the contract marks this operation deprecated
     */
    @Deprecated
    public CompletableFuture<ApiResponse<Void>> deletePetWithResponse(String petId,
            String xRequestId, @Nullable String session) {
        return core.callWithResponseAsync(PetsCalls.deletePet(petId, xRequestId, session));
    }

    /**
     * Calls {@code downloadPhoto}.
     *
     * <p>{@code GET /pets/{petId}/photo}
     *
     * @param petId the {@code petId} path parameter
     * @return a future of the photo; it fails with {@link PetstoreException} when the service answers with an error status
     */
    public CompletableFuture<byte[]> downloadPhoto(String petId) {
        return core.callAsync(PetsCalls.downloadPhoto(petId));
    }

    /**
     * Calls {@code downloadPhoto}.
     *
     * <p>The same as {@link #downloadPhoto(String)},
     * with the response's status and headers next to the body; the parameters are described there.
     *
     * @param petId the {@code petId} path parameter
     * @return a future of the response's status, headers and body: the photo; it fails with {@link PetstoreException} when the service answers with an error status
     */
    public CompletableFuture<ApiResponse<byte[]>> downloadPhotoWithResponse(String petId) {
        return core.callWithResponseAsync(PetsCalls.downloadPhoto(petId));
    }

    /**
     * Finds a pet by id.
     *
     * <p>Returns a single pet.
     *
     * <p>{@code GET /pets/{petId}}
     *
     * @param petId the {@code petId} path parameter
     * @return a future of the response body; it fails with {@link PetstoreException.NotFound} on HTTP 404, with {@link PetstoreException.UnexpectedStatus} on an error status the operation declares only as {@code default}, with {@link PetstoreException} on any other error status
     */
    public CompletableFuture<Pet> getPetById(String petId) {
        return core.callAsync(PetsCalls.getPetById(petId));
    }

    /**
     * Finds a pet by id.
     *
     * <p>The same as {@link #getPetById(String)},
     * with the response's status and headers next to the body; the parameters are described there.
     *
     * @param petId the {@code petId} path parameter
     * @return a future of the response's status, headers and decoded body; it fails with {@link PetstoreException.NotFound} on HTTP 404, with {@link PetstoreException.UnexpectedStatus} on an error status the operation declares only as {@code default}, with {@link PetstoreException} on any other error status
     */
    public CompletableFuture<ApiResponse<Pet>> getPetByIdWithResponse(String petId) {
        return core.callWithResponseAsync(PetsCalls.getPetById(petId));
    }

    /**
     * Lists pets.
     *
     * <p>{@code GET /pets}
     *
     * @param tags the {@code tags} query parameter
     * @param ids the {@code ids} query parameter
     * @param limit the {@code limit} query parameter
     * @return a future of the matching pets; it fails with {@link PetstoreException} when the service answers with an error status
     */
    public CompletableFuture<List<Pet>> listPets(@Nullable List<String> tags,
            @Nullable List<Long> ids, @Nullable Integer limit) {
        return core.callAsync(PetsCalls.listPets(tags, ids, limit));
    }

    /**
     * Lists pets.
     *
     * <p>The same as {@link #listPets(List, List, Integer)} with the optional parameters left out.
     *
     * @return a future of the matching pets; it fails with {@link PetstoreException} when the service answers with an error status
     */
    public CompletableFuture<List<Pet>> listPets() {
        return listPets(null, null, null);
    }

    /**
     * Lists pets.
     *
     * <p>The same as {@link #listPets(List, List, Integer)},
     * with the response's status and headers next to the body; the parameters are described there.
     *
     * @param tags the {@code tags} query parameter
     * @param ids the {@code ids} query parameter
     * @param limit the {@code limit} query parameter
     * @return a future of the response's status, headers and body: the matching pets; it fails with {@link PetstoreException} when the service answers with an error status.
     * Declared headers: {@code X-Rate-Limit} ({@code int});
     * {@code X-Total-Count} ({@code long}, always sent): how many pets match, over all pages.
     * {@code Set-Cookie} is declared too, but never exposed: it carries credentials or session state.
     */
    public CompletableFuture<ApiResponse<List<Pet>>> listPetsWithResponse(
            @Nullable List<String> tags, @Nullable List<Long> ids, @Nullable Integer limit) {
        return core.callWithResponseAsync(PetsCalls.listPets(tags, ids, limit));
    }

    /**
     * Calls {@code uploadPhoto}.
     *
     * <p>{@code PUT /pets/{petId}/photo}
     *
     * @param petId the {@code petId} path parameter
     * @param content the request body
     * @return a future of {@code null} once the call has succeeded; it fails with {@link PetstoreException} when the service answers with an error status
     */
    public CompletableFuture<Void> uploadPhoto(String petId, byte[] content) {
        return core.callAsync(PetsCalls.uploadPhoto(petId, content));
    }

    /**
     * Calls {@code uploadPhoto}.
     *
     * <p>The same as {@link #uploadPhoto(String, byte[])},
     * with the response's status and headers next to the body; the parameters are described there.
     *
     * @param petId the {@code petId} path parameter
     * @param content the request body
     * @return a future of the response's status and headers (the body is {@code null}); it fails with {@link PetstoreException} when the service answers with an error status
     */
    public CompletableFuture<ApiResponse<Void>> uploadPhotoWithResponse(String petId,
            byte[] content) {
        return core.callWithResponseAsync(PetsCalls.uploadPhoto(petId, content));
    }
}
