package com.example.petstore;

import io.github.contractgen.runtime.http.ApiResponse;
import io.github.contractgen.runtime.http.BinaryPart;
import io.github.contractgen.runtime.http.RestClientCore;
import javax.annotation.processing.Generated;

/**
 * The 'documents' operations of Swagger Petstore, called synchronously.
 *
 * <p>Immutable and thread-safe; get it from {@link PetstoreClient#documents()}.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0 from petstore.yaml"
)
public final class DocumentsApi {
    private final RestClientCore core;

    DocumentsApi(RestClientCore core) {
        this.core = core;
    }

    /**
     * Calls {@code uploadDocument}.
     *
     * <p>{@code POST /documents}
     *
     * @param title the {@code title} field of the request body
     * @param file the {@code file} field of the request body
     * @return the response body
     * @throws PetstoreException when the service answers with an error status
     */
    public String uploadDocument(String title, BinaryPart file) {
        return core.call(DocumentsCalls.uploadDocument(title, file));
    }

    /**
     * Calls {@code uploadDocument}.
     *
     * <p>The same as {@link #uploadDocument(String, BinaryPart)},
     * with the response's status and headers next to the body; the parameters are described there.
     *
     * @param title the {@code title} field of the request body
     * @param file the {@code file} field of the request body
     * @return the response's status, headers and decoded body
     * @throws PetstoreException when the service answers with an error status
     */
    public ApiResponse<String> uploadDocumentWithResponse(String title, BinaryPart file) {
        return core.callWithResponse(DocumentsCalls.uploadDocument(title, file));
    }
}
