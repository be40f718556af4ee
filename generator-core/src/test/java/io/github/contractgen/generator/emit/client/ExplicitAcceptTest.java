package io.github.contractgen.generator.emit.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.generator.model.BodyKind;
import io.github.contractgen.generator.model.Response;
import io.github.contractgen.generator.model.TypeRef;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An operation names its {@code Accept} header only where the contract's response media types are not
 * the ones the runtime derives from the body kinds; then it names every declared type, in status order.
 */
class ExplicitAcceptTest {

    @Test
    void theRuntimesOwnTypesNeedNoExplicitAccept() {
        assertThat(ResponseCodes.explicitAccept(List.of(body("200", BodyKind.JSON, "application/json"),
                body("404", BodyKind.TEXT, "text/plain"), body("500", BodyKind.BINARY, "application/octet-stream"),
                empty("204")))).isEmpty();
        assertThat(ResponseCodes.explicitAccept(List.of(empty("204")))).isEmpty();
    }

    @Test
    void aJsonFlavourOrAnotherTypeIsAskedForByName() {
        assertThat(ResponseCodes.explicitAccept(List.of(body("200", BodyKind.JSON, "application/ld+json"))))
                .contains("application/ld+json");
        assertThat(ResponseCodes.explicitAccept(List.of(body("200", BodyKind.TEXT, "text/event-stream"))))
                .contains("text/event-stream");
        assertThat(ResponseCodes.explicitAccept(List.of(body("200", BodyKind.BINARY, "image/png"))))
                .contains("image/png");
    }

    @Test
    void everyDeclaredTypeIsNamedOnceInStatusOrder() {
        assertThat(ResponseCodes.explicitAccept(List.of(empty("204"), body("400", BodyKind.JSON, "application/problem+json"),
                body("404", BodyKind.JSON, "application/problem+json"), body("500", BodyKind.JSON, "application/json"))))
                .contains("application/problem+json, application/json");
    }

    private static Response body(String status, BodyKind kind, String contentType) {
        return new Response(status, kind, contentType, Optional.of(TypeRef.any()), List.of(), "");
    }

    private static Response empty(String status) {
        return new Response(status, BodyKind.EMPTY, "", Optional.empty(), List.of(), "");
    }
}
