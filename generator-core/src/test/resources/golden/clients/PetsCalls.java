package com.example.petstore;

import com.example.petstore.model.ErrorModel;
import com.example.petstore.model.Pet;
import io.github.contractgen.runtime.http.QueryStyle;
import io.github.contractgen.runtime.http.ResponseBody;
import io.github.contractgen.runtime.http.ResponseSpec;
import io.github.contractgen.runtime.http.RestCall;
import io.github.contractgen.runtime.json.JsonType;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * How each call of the 'pets' group is made and decoded; shared by the sync and async APIs.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0 from petstore.yaml"
)
final class PetsCalls {
    private static final ResponseSpec<Pet> CREATE_PET = ResponseSpec.<Pet>builder()
            .success("201", ResponseBody.json(JsonType.of(Pet.class)))
            .error("422", ResponseBody.json(JsonType.of(ErrorModel.class)), PetstoreException.UnprocessableEntity::new)
            .otherwise(PetstoreException::undeclared)
            .build();

    private static final ResponseSpec<Void> DELETE_PET = ResponseSpec.<Void>builder()
            .success("204", ResponseBody.empty())
            .error("404", ResponseBody.json(JsonType.of(ErrorModel.class)), PetstoreException.NotFound::new)
            .otherwise(PetstoreException::undeclared)
            .build();

    private static final ResponseSpec<byte[]> DOWNLOAD_PHOTO = ResponseSpec.<byte[]>builder()
            .success("200", ResponseBody.bytes("image/png"))
            .otherwise(PetstoreException::undeclared)
            .build();

    private static final ResponseSpec<Pet> GET_PET_BY_ID = ResponseSpec.<Pet>builder()
            .success("200", ResponseBody.json(JsonType.of(Pet.class)))
            .error("404", ResponseBody.json(JsonType.of(ErrorModel.class)), PetstoreException.NotFound::new)
            .error("default", ResponseBody.json(JsonType.of(ErrorModel.class)), PetstoreException.UnexpectedStatus::new)
            .otherwise(PetstoreException::undeclared)
            .build();

    private static final ResponseSpec<List<Pet>> LIST_PETS = ResponseSpec.<List<Pet>>builder()
            .success("200", ResponseBody.json(JsonType.listOf(JsonType.of(Pet.class))))
            .otherwise(PetstoreException::undeclared)
            .build();

    private static final ResponseSpec<Void> UPLOAD_PHOTO = ResponseSpec.<Void>builder()
            .success("204", ResponseBody.empty())
            .otherwise(PetstoreException::undeclared)
            .build();

    private PetsCalls() {
    }

    static RestCall<Pet> createPet(Pet pet) {
        Objects.requireNonNull(pet, "pet");
        return RestCall.builder("createPet", "POST", "/pets", CREATE_PET)
                .jsonBody(pet)
                .security(List.of(List.of("bearerAuth")))
                .build();
    }

    static RestCall<Void> deletePet(String petId, String xRequestId, @Nullable String session) {
        Objects.requireNonNull(petId, "petId");
        Objects.requireNonNull(xRequestId, "xRequestId");
        return RestCall.builder("deletePet", "DELETE", "/pets/{petId}", DELETE_PET)
                .pathParam("petId", petId)
                .header("X-Request-Id", xRequestId)
                .cookie("session", session)
                .security(List.of(List.of("bearerAuth")))
                .idempotent(true)
                .build();
    }

    static RestCall<byte[]> downloadPhoto(String petId) {
        Objects.requireNonNull(petId, "petId");
        return RestCall.builder("downloadPhoto", "GET", "/pets/{petId}/photo", DOWNLOAD_PHOTO)
                .pathParam("petId", petId)
                .security(List.of(List.of("bearerAuth")))
                .idempotent(true)
                .accept("image/png")
                .build();
    }

    static RestCall<Pet> getPetById(String petId) {
        Objects.requireNonNull(petId, "petId");
        return RestCall.builder("getPetById", "GET", "/pets/{petId}", GET_PET_BY_ID)
                .pathParam("petId", petId)
                .security(List.of(List.of("bearerAuth")))
                .idempotent(true)
                .build();
    }

    static RestCall<List<Pet>> listPets(@Nullable List<String> tags, @Nullable List<Long> ids,
            @Nullable Integer limit) {
        return RestCall.builder("listPets", "GET", "/pets", LIST_PETS)
                .queryParam("tags", tags, QueryStyle.FORM, true)
                .queryParam("ids", ids, QueryStyle.FORM, false)
                .queryParam("limit", limit, QueryStyle.FORM, true)
                .security(List.of(List.of("bearerAuth")))
                .idempotent(true)
                .build();
    }

    static RestCall<Void> uploadPhoto(String petId, byte[] content) {
        Objects.requireNonNull(petId, "petId");
        Objects.requireNonNull(content, "content");
        return RestCall.builder("uploadPhoto", "PUT", "/pets/{petId}/photo", UPLOAD_PHOTO)
                .pathParam("petId", petId)
                .binaryBody(content, "image/png")
                .security(List.of(List.of("bearerAuth")))
                .idempotent(true)
                .build();
    }
}
