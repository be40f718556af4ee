package io.github.contractgen.generator.emit.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.contractgen.generator.model.BodyKind;
import io.github.contractgen.generator.model.Response;
import io.github.contractgen.generator.model.TypeRef;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The declared response headers as the Javadoc of the {@code WithResponse} methods names them. */
class DeclaredHeadersTest {

    @Test
    void theGeneratorLeavesOutTheSameSecretHeadersAsTheRuntime() throws Exception {
        Field secret = Class.forName("io.github.contractgen.runtime.http.Headers").getDeclaredField("SECRET");
        secret.setAccessible(true);

        assertThat(DeclaredHeaders.SECRET).isEqualTo((Set<?>) secret.get(null));
    }

    @Test
    void headersOfEverySuccessOnceEachSortedByName() {
        Response ok = new Response("200", BodyKind.EMPTY, "", Optional.empty(), List.of(
                header("X-Total-Count"), header("ETag")), "");
        Response created = new Response("201", BodyKind.EMPTY, "", Optional.empty(), List.of(
                header("etag"), header("Location")), "");
        Response error = new Response("404", BodyKind.EMPTY, "", Optional.empty(), List.of(header("X-Error")), "");

        List<Response.Header> headers = Fixtures.op("get", "", "GET", "/x")
                .response(ok).response(created).response(error).build().successHeaders();

        assertThat(headers).extracting(Response.Header::name).containsExactly("ETag", "Location", "X-Total-Count");
    }

    @Test
    void typesAreWrittenAsInSourceWithoutPackages() {
        TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class));
        TypeName map = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), list);

        assertThat(DeclaredHeaders.javadocName(TypeName.LONG)).isEqualTo("long");
        assertThat(DeclaredHeaders.javadocName(map)).isEqualTo("Map<String, List<String>>");
        assertThat(DeclaredHeaders.javadocName(ClassName.get("com.example", "Outer", "Inner"))).isEqualTo("Outer.Inner");
        assertThat(DeclaredHeaders.javadocName(ArrayTypeName.of(TypeName.BYTE))).isEqualTo("byte[]");
    }

    private static Response.Header header(String name) {
        return new Response.Header(name, TypeRef.scalar(TypeRef.Scalar.STRING), false, "");
    }
}
