package io.github.contractgen.generator.model;

/** How a request or response body is encoded, derived from its media type. */
public enum BodyKind {
    /** {@code application/json} and {@code +json} types. */
    JSON,
    /** {@code application/x-www-form-urlencoded}. */
    FORM,
    /** {@code multipart/form-data}. */
    MULTIPART,
    /** {@code text/*}. */
    TEXT,
    /** Anything else: {@code application/octet-stream}, images, ... */
    BINARY,
    /** No body at all. */
    EMPTY
}
