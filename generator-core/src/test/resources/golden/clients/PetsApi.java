package com.example.petstore;

import com.example.petstore.model.Pet;
import io.github.contractgen.runtime.http.ApiResponse;
import io.github.contractgen.runtime.http.RestClientCore;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The 'pets' operations of Swagger Petstore, called synchronously.
 *
 * <p>Immutable and thread-safe; get it from {@link PetstoreClient#pets()}.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0 from petstore.yaml"
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
     * @param pet the request body
     * @return the response body
     * @throws PetstoreException.UnprocessableEntity on HTTP 422
     * @throws PetstoreException on any other error status
     */
    public Pet createPet(Pet pet) {
        return core.call(PetsCalls.createPet(pet));
    }

    /**
     * Adds a pet to the store.
     *
     * <p>The same as {@link #createPet(Pet)},
     * with the response's status and headers next to the body; the parameters are described there.
     *
     * @param pet the request body
     * @return the response's status, headers and decoded body
     * @throws PetstoreException.UnprocessableEntity on HTTP 422
     * @throws PetstoreException on any other error status
     */
    public ApiResponse<Pet> createPetWithResponse(Pet pet) {
        return core.callWithResponse(PetsCalls.createPet(pet));
    }

    /**
     * Removes a pet.
     *
     * <p>{@code DELETE /pets/{petId}}
     *
     * @param petId the {@code petId} path parameter
     * @param xRequestId Correlates the request with server logs.
     * @param session the {@code session} cookie parameter
     * @throws PetstoreException.NotFound on HTTP 404
     * @throws PetstoreException on any other error status
     * @deprecated the contract marks this operation deprecated
     */
    @Deprecated
    public void deletePet(String petId, String xRequestId, @Nullable String session) {
        core.call(PetsCalls.deletePet(petId, xRequestId, session));
    }

    /**
     * Removes a pet.
     *
     * <p>The same as {@link #deletePet(String, String, String)} with the optional parameters left out.
     *
     * @param petId the {@code petId} path parameter
     * @param xRequestId Correlates the request with server logs.
     * @throws PetstoreException.NotFound on HTTP 404
     * @throws PetstoreException on any other error status
     * @deprecated the contract marks this operation deprecated
     */
    @Deprecated
    public void deletePet(String petId, String xRequestId) {
        deletePet(petId, xRequestId, null);
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
     * @return the response's status and headers (the body is {@code null})
     * @throws PetstoreException.NotFound on HTTP 404
     * @throws PetstoreException on any other error status
     * @deprecated the contract marks this operation deprecated
     */
    @Deprecated
    public ApiResponse<Void> deletePetWithResponse(String petId, String xRequestId,
            @Nullable String session) {
        return core.callWithResponse(PetsCalls.deletePet(petId, xRequestId, session));
    }

    /**
     * Calls {@code downloadPhoto}.
     *
     * <p>{@code GET /pets/{petId}/photo}
     *
     * @param petId the {@code petId} path parameter
     * @return The photo.
     * @throws PetstoreException when the service answers with an error status
     */
    public byte[] downloadPhoto(String petId) {
        return core.call(PetsCalls.downloadPhoto(petId));
    }

    /**
     * Calls {@code downloadPhoto}.
     *
     * <p>The same as {@link #downloadPhoto(String)},
     * with the response's status and headers next to the body; the parameters are described there.
     *
     * @param petId the {@code petId} path parameter
     * @return the response's status, headers and body: the photo
     * @throws PetstoreException when the service answers with an error status
     */
    public ApiResponse<byte[]> downloadPhotoWithResponse(String petId) {
        return core.callWithResponse(PetsCalls.downloadPhoto(petId));
    }

    /**
     * Finds a pet by id.
     *
     * <p>Returns a single pet.
     *
     * <p>{@code GET /pets/{petId}}
     *
     * @param petId the {@code petId} path parameter
     * @return the response body
     * @throws PetstoreException.NotFound on HTTP 404
     * @throws PetstoreException.UnexpectedStatus on an error status the operation declares only as {@code default}
     * @throws PetstoreException on any other error status
     */
    public Pet getPetById(String petId) {
        return core.call(PetsCalls.getPetById(petId));
    }

    /**
     * Finds a pet by id.
     *
     * <p>The same as {@link #getPetById(String)},
     * with the response's status and headers next to the body; the parameters are described there.
     *
     * @param petId the {@code petId} path parameter
     * @return the response's status, headers and decoded body
     * @throws PetstoreException.NotFound on HTTP 404
     * @throws PetstoreException.UnexpectedStatus on an error status the operation declares only as {@code default}
     * @throws PetstoreException on any other error status
     */
    public ApiResponse<Pet> getPetByIdWithResponse(String petId) {
        return core.callWithResponse(PetsCalls.getPetById(petId));
    }

    /**
     * Lists pets.
     *
     * <p>{@code GET /pets}
     *
     * @param tags the {@code tags} query parameter
     * @param ids the {@code ids} query parameter
     * @param limit the {@code limit} query parameter
     * @return The matching pets.
     * @throws PetstoreException when the service answers with an error status
     */
    public List<Pet> listPets(@Nullable List<String> tags, @Nullable List<Long> ids,
            @Nullable Integer limit) {
        return core.call(PetsCalls.listPets(tags, ids, limit));
    }

    /**
     * Lists pets.
     *
     * <p>The same as {@link #listPets(List, List, Integer)} with the optional parameters left out.
     *
     * @return The matching pets.
     * @throws PetstoreException when the service answers with an error status
     */
    public List<Pet> listPets() {
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
     * @return the response's status, headers and body: the matching pets.
     * Declared headers: {@code X-Rate-Limit} ({@code int});
     * {@code X-Total-Count} ({@code long}, always sent): how many pets match, over all pages.
     * {@code Set-Cookie} is declared too, but never exposed: it carries credentials or session state.
     * @throws PetstoreException when the service answers with an error status
     */
    public ApiResponse<List<Pet>> listPetsWithResponse(@Nullable List<String> tags,
            @Nullable List<Long> ids, @Nullable Integer limit) {
        return core.callWithResponse(PetsCalls.listPets(tags, ids, limit));
    }

    /**
     * Calls {@code uploadPhoto}.
     *
     * <p>{@code PUT /pets/{petId}/photo}
     *
     * @param petId the {@code petId} path parameter
     * @param content the request body
     * @throws PetstoreException when the service answers with an error status
     */
    public void uploadPhoto(String petId, byte[] content) {
        core.call(PetsCalls.uploadPhoto(petId, content));
    }

    /**
     * Calls {@code uploadPhoto}.
     *
     * <p>The same as {@link #uploadPhoto(String, byte[])},
     * with the response's status and headers next to the body; the parameters are described there.
     *
     * @param petId the {@code petId} path parameter
     * @param content the request body
     * @return the response's status and headers (the body is {@code null})
     * @throws PetstoreException when the service answers with an error status
     */
    public ApiResponse<Void> uploadPhotoWithResponse(String petId, byte[] content) {
        return core.callWithResponse(PetsCalls.uploadPhoto(petId, content));
    }
}
