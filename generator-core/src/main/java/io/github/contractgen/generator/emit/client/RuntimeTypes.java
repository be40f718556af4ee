package io.github.contractgen.generator.emit.client;

import com.palantir.javapoet.ClassName;

/**
 * The runtime classes that generated REST clients call, named in one place so that a change to
 * {@code docs/runtime-http-api.md} is a change to this file.
 */
final class RuntimeTypes {

    static final String RUNTIME = "io.github.contractgen.runtime";
    static final String HTTP = RUNTIME + ".http";
    static final String AUTH = RUNTIME + ".auth";

    static final ClassName API_EXCEPTION = ClassName.get(RUNTIME, "ApiException");
    static final ClassName TLS_CONFIG = ClassName.get(RUNTIME, "TlsConfig");
    static final ClassName JSON_TYPE = ClassName.get(RUNTIME + ".json", "JsonType");
    static final ClassName OBSERVER = ClassName.get(RUNTIME + ".observe", "Observer");

    static final ClassName REST_CLIENT_CORE = ClassName.get(HTTP, "RestClientCore");
    static final ClassName HTTP_CLIENT_OPTIONS = ClassName.get(HTTP, "HttpClientOptions");
    static final ClassName HTTP_CLIENT_OPTIONS_BUILDER = HTTP_CLIENT_OPTIONS.nestedClass("Builder");
    static final ClassName REST_CALL = ClassName.get(HTTP, "RestCall");
    static final ClassName QUERY_STYLE = ClassName.get(HTTP, "QueryStyle");
    static final ClassName RESPONSE_SPEC = ClassName.get(HTTP, "ResponseSpec");
    static final ClassName RESPONSE_BODY = ClassName.get(HTTP, "ResponseBody");
    static final ClassName RESPONSE_INFO = ClassName.get(HTTP, "ResponseInfo");
    static final ClassName API_RESPONSE = ClassName.get(HTTP, "ApiResponse");
    static final ClassName RETRY_POLICY = ClassName.get(HTTP, "RetryPolicy");
    static final ClassName BINARY_PART = ClassName.get(HTTP, "BinaryPart");

    static final ClassName CREDENTIAL = ClassName.get(AUTH, "Credential");
    static final ClassName CREDENTIALS = ClassName.get(AUTH, "Credentials");
    static final ClassName API_KEY_LOCATION = ClassName.get(AUTH, "ApiKeyLocation");
    static final ClassName TOKEN_PROVIDER = ClassName.get(AUTH, "TokenProvider");
    static final ClassName CLIENT_CREDENTIALS_PROVIDER = ClassName.get(AUTH, "ClientCredentialsTokenProvider");

    static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");
    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    private RuntimeTypes() {}
}
