package com.example.petstore;

import io.github.contractgen.runtime.http.ApiResponse;
import io.github.contractgen.runtime.http.BinaryPart;
import io.github.contractgen.runtime.http.RestClientCore;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The 'documents' operations of Swagger Petstore, each returning a {@link java.util.concurrent.CompletableFuture}.
 *
 * <p>Immutable and thread-safe; get it from {@link PetstoreAsyncClient#documents()}.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0 from petstore.yaml"
)
public final class DocumentsAsyncApi {
    private final RestClientCore core;

    DocumentsAsyncApi(RestClientCore core) {
        this.core = core;
    }

    /**
     * Calls {@code uploadDocument}.
     *
     * <p>{@code POST /documents}
     *
     * @param title the {@code title} field of the request body
     * @param file the {@code file} field of the request body
     * @return a future of the response body; it fails with {@link PetstoreException} when the service answers with an error status
     */
    public CompletableFuture<String> uploadDocument(String title, BinaryPart file) {
        return core.callAsync(DocumentsCalls.uploadDocument(title, file));
    }

    /**
     * Calls {@code uploadDocument}.
     *
     * <p>The same as {@link #uploadDocument(String, BinaryPart)},
     * with the response's status and headers next to the body; the parameters are described there.
     *
     * @param title the {@code title} field of the request body
     * @param file the {@code file} field of the request body
     * @return a future of the response's status, headers and decoded body; it fails with {@link PetstoreException} when the service answers with an error status
     */
    public CompletableFuture<ApiResponse<String>> uploadDocumentWithResponse(String title,
            BinaryPart file) {
        return core.callWithResponseAsync(DocumentsCalls.uploadDocument(title, file));
    }
}
