package io.github.contractgen.generator.model;

import java.util.List;
import java.util.Objects;

/**
 * A security scheme.
 *
 * @param name the scheme's key in the contract
 * @param type what kind of scheme it is
 * @param in for {@link Type#API_KEY}: where the key goes; otherwise {@code null}
 * @param parameterName for {@link Type#API_KEY}: the header, query or cookie name; otherwise empty
 * @param tokenUrl for {@link Type#OAUTH2_CLIENT_CREDENTIALS}: the token endpoint; otherwise empty
 * @param scopes for OAuth2: the scopes the flow declares, sorted; otherwise empty
 * @param description may be empty
 */
public record SecurityScheme(
        String name,
        Type type,
        ParameterLocation in,
        String parameterName,
        String tokenUrl,
        List<String> scopes,
        String description) {

    public enum Type {
        API_KEY,
        HTTP_BASIC,
        HTTP_BEARER,
        /** OAuth2 with a client-credentials flow; other flows are {@link #OAUTH2_OTHER}. */
        OAUTH2_CLIENT_CREDENTIALS,
        /** OAuth2 without a client-credentials flow, or OpenID Connect: the user supplies a token. */
        OAUTH2_OTHER,
        /** Mutual TLS: OpenAPI {@code mutualTLS}, AsyncAPI {@code X509}. */
        MUTUAL_TLS,
        /** AsyncAPI {@code userPassword}: a broker login (MQTT CONNECT, Kafka SASL with the transport's default). */
        USER_PASSWORD,
        /** AsyncAPI {@code plain}: a broker login over SASL PLAIN. */
        SASL_PLAIN,
        /** AsyncAPI {@code scramSha256}: a broker login over SASL SCRAM-SHA-256. */
        SASL_SCRAM_SHA_256,
        /** AsyncAPI {@code scramSha512}: a broker login over SASL SCRAM-SHA-512. */
        SASL_SCRAM_SHA_512,
        /** Anything else (HTTP digest, negotiate, ...): named in the generated code, not implemented. */
        UNSUPPORTED
    }

    public SecurityScheme {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(parameterName, "parameterName");
        Objects.requireNonNull(tokenUrl, "tokenUrl");
        scopes = List.copyOf(scopes);
        Objects.requireNonNull(description, "description");
    }
}
