package io.github.contractgen.sample.petstore;

import io.github.contractgen.runtime.http.BinaryPart;
import io.github.contractgen.runtime.http.QueryStyle;
import io.github.contractgen.runtime.http.ResponseBody;
import io.github.contractgen.runtime.http.ResponseSpec;
import io.github.contractgen.runtime.http.RestCall;
import io.github.contractgen.runtime.json.JsonType;
import io.github.contractgen.sample.petstore.model.ErrorModel;
import io.github.contractgen.sample.petstore.model.NewPet;
import io.github.contractgen.sample.petstore.model.Pet;
import io.github.contractgen.sample.petstore.model.PetStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * How each call of the 'pets' group is made and decoded; shared by the sync and async APIs.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/petstore.yaml"
)
final class PetsCalls {
    private static final ResponseSpec<Pet> CREATE_PET = ResponseSpec.<Pet>builder()
            .success("201", ResponseBody.json(JsonType.of(Pet.class)))
            .error("409", ResponseBody.json(JsonType.of(ErrorModel.class)), PetstoreException.Conflict::new)
            .otherwise(PetstoreException::undeclared)
            .build();

    private static final ResponseSpec<Void> DELETE_PET = ResponseSpec.<Void>builder()
            .success("204", ResponseBody.empty())
            .error("404", ResponseBody.json(JsonType.of(ErrorModel.class)), PetstoreException.NotFound::new)
            .otherwise(PetstoreException::undeclared)
            .build();

    private static final ResponseSpec<byte[]> DOWNLOAD_PHOTO = ResponseSpec.<byte[]>builder()
            .success("200", ResponseBody.bytes("image/png"))
            .error("404", ResponseBody.json(JsonType.of(ErrorModel.class)), PetstoreException.NotFound::new)
            .otherwise(PetstoreException::undeclared)
            .build();

    private static final ResponseSpec<Pet> GET_PET_BY_ID = ResponseSpec.<Pet>builder()
            .success("200", ResponseBody.json(JsonType.of(Pet.class)))
            .error("404", ResponseBody.json(JsonType.of(ErrorModel.class)), PetstoreException.NotFound::new)
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

    static RestCall<Pet> createPet(NewPet newPet) {
        Objects.requireNonNull(newPet, "newPet");
        return RestCall.builder("createPet", "POST", "/pets", CREATE_PET)
                .jsonBody(newPet)
                .security(List.of(List.of("apiKey"), List.of("bearer")))
                .build();
    }

    static RestCall<Void> deletePet(long petId, @Nullable String reason) {
        return RestCall.builder("deletePet", "DELETE", "/pets/{petId}", DELETE_PET)
                .pathParam("petId", petId)
                .cookie("reason", reason)
                .security(List.of(List.of("apiKey"), List.of("bearer")))
                .idempotent(true)
                .build();
    }

    static RestCall<byte[]> downloadPhoto(long petId) {
        return RestCall.builder("downloadPhoto", "GET", "/pets/{petId}/photo", DOWNLOAD_PHOTO)
                .pathParam("petId", petId)
                .security(List.of(List.of("apiKey"), List.of("bearer")))
                .idempotent(true)
                .accept("image/png, application/json")
                .build();
    }

    static RestCall<Pet> getPetById(long petId) {
        return RestCall.builder("getPetById", "GET", "/pets/{petId}", GET_PET_BY_ID)
                .pathParam("petId", petId)
                .security(List.of(List.of("apiKey"), List.of("bearer")))
                .idempotent(true)
                .build();
    }

    static RestCall<List<Pet>> listPets(@Nullable List<String> tags,
            @Nullable List<PetStatus> status, @Nullable Integer limit, @Nullable UUID xRequestId) {
        return RestCall.builder("listPets", "GET", "/pets", LIST_PETS)
                .queryParam("tags", tags, QueryStyle.FORM, true)
                .queryParam("status", status, QueryStyle.FORM, false)
                .queryParam("limit", limit, QueryStyle.FORM, true)
                .header("X-Request-Id", xRequestId)
                .security(List.of(List.of("apiKey"), List.of("bearer")))
                .idempotent(true)
                .build();
    }

    static RestCall<Void> uploadPhoto(long petId, BinaryPart file, @Nullable String caption) {
        Objects.requireNonNull(file, "file");
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("file", file);
        fields.put("caption", caption);
        return RestCall.builder("uploadPhoto", "PUT", "/pets/{petId}/photo", UPLOAD_PHOTO)
                .pathParam("petId", petId)
                .multipartBody(fields)
                .security(List.of(List.of("apiKey"), List.of("bearer")))
                .idempotent(true)
                .build();
    }
}
