package com.example.petstore;

import io.github.contractgen.runtime.http.BinaryPart;
import io.github.contractgen.runtime.http.ResponseBody;
import io.github.contractgen.runtime.http.ResponseSpec;
import io.github.contractgen.runtime.http.RestCall;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * How each call of the 'documents' group is made and decoded; shared by the sync and async APIs.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0 from petstore.yaml"
)
final class DocumentsCalls {
    private static final ResponseSpec<String> UPLOAD_DOCUMENT = ResponseSpec.<String>builder()
            .success("201", ResponseBody.text("text/plain"))
            .otherwise(PetstoreException::undeclared)
            .build();

    private DocumentsCalls() {
    }

    static RestCall<String> uploadDocument(String title, BinaryPart file) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(file, "file");
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("file", file);
        return RestCall.builder("uploadDocument", "POST", "/documents", UPLOAD_DOCUMENT)
                .multipartBody(fields)
                .security(List.of(List.of("apiKey")))
                .build();
    }
}
