package io.github.contractgen.generator.emit.client;

import static io.github.contractgen.generator.emit.client.Fixtures.INT64;
import static io.github.contractgen.generator.emit.client.Fixtures.STRING;
import static io.github.contractgen.generator.emit.client.Fixtures.json;
import static io.github.contractgen.generator.emit.client.Fixtures.op;
import static io.github.contractgen.generator.emit.client.Fixtures.path;
import static io.github.contractgen.generator.emit.client.Fixtures.prop;
import static io.github.contractgen.generator.emit.client.Fixtures.query;
import static io.github.contractgen.generator.emit.client.Fixtures.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contractgen.generator.model.BodyKind;
import io.github.contractgen.generator.model.Operation;
import io.github.contractgen.generator.model.Parameter;
import io.github.contractgen.generator.model.ParameterLocation;
import io.github.contractgen.generator.model.Service;
import io.github.contractgen.generator.model.TypeRef;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Contract names that are not Java names: keywords, kebab case, leading digits, parameters named
 * like the generated code's own variables, and same-named parameters in different locations.
 */
class AwkwardNamesTest {

    private static final TypeRef THING = TypeRef.named("Thing");

    static Service awkward() {
        List<Operation> operations = List.of(
                op("delete", "", "DELETE", "/things/{id}").param(path("id", STRING)).response(Fixtures.empty("204"))
                        .security(List.of()).build(),
                op("class", "class", "GET", "/class").response(json("200", THING)).security(List.of()).build(),
                op("get-pets", "get-pets", "GET", "/pets").param(query("id", STRING, true, "form", true))
                        .param(new Parameter("id", ParameterLocation.HEADER, STRING, true, "simple", false, "", false))
                        .response(json("200", THING)).security(List.of()).build(),
                op("123abc", "", "POST", "/things/{body}/{call}")
                        .param(path("call", STRING)).param(path("body", INT64))
                        .param(query("client", STRING, false, "form", true))
                        .param(query("core", STRING, false, "form", true))
                        .param(query("fields", STRING, false, "form", true))
                        .body(BodyKind.JSON, "application/json", THING, true)
                        .response(json("200", THING)).security(List.of()).build(),
                op("toString", "client", "GET", "/to-string").response(Fixtures.text("200")).security(List.of()).build());
        return new Service("my-api 2", "", "", "", List.of(), List.of(), List.of(), Fixtures.sorted(operations),
                List.of(record("Thing", prop("class", STRING, false))), Fixtures.HERE);
    }

    @Test
    void everyIdentifierIsLegalAndUnique() throws Exception {
        ClassLoader loader = ClientCompileTest.compile(Fixtures.context(awkward()));
        Class<?> client = loader.loadClass("com.example.myapi2.MyApi2Client");
        assertThat(publicMethods(client)).contains("delete", "_123abc", "class_", "getPets", "client", "async", "close");
        assertThat(publicMethods(loader.loadClass("com.example.myapi2.ClassApi"))).contains("class_");
        assertThat(publicMethods(loader.loadClass("com.example.myapi2.ClientApi"))).contains("toString2");
        assertThat(publicMethods(loader.loadClass("com.example.myapi2.GetPetsApi"))).contains("getPets");

        String getPetsCalls = source("GetPetsCalls");
        assertThat(getPetsCalls).contains("static RestCall<Thing> getPets(String id, String id2)")
                .contains(".queryParam(\"id\", id, QueryStyle.FORM, true)")
                .contains(".header(\"id\", id2)");
        assertThat(source("MyApi2Calls"))
                .contains("_123abc(long body, String call, Thing thing, @Nullable String client,")
                .contains("@Nullable String core2, @Nullable String fields2)");
        Method odd = Arrays.stream(client.getMethods())
                .filter(m -> m.getName().equals("_123abc") && m.getParameterCount() == 6).findFirst().orElseThrow();
        assertThat(odd.getParameterTypes()).extracting(Class::getSimpleName)
                .containsExactly("long", "String", "Thing", "String", "String", "String")
                .as("path params in path order: {body} before {call}");
    }

    @Test
    void builderNamesTheMissingBaseUri() throws Exception {
        ClassLoader loader = ClientCompileTest.compile(Fixtures.context(awkward()));
        Object builder = loader.loadClass("com.example.myapi2.MyApi2Client").getMethod("builder").invoke(null);
        Method build = builder.getClass().getMethod("build");
        assertThatThrownBy(() -> {
            try {
                build.invoke(builder);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
            }
        }).isInstanceOf(IllegalStateException.class).hasMessageContaining("baseUri(URI)");
    }

    /**
     * The {@code WithResponse} variants are named after every operation's own name, so an operation
     * called like a variant keeps its name; a model named {@code ApiResponse} does not clash with the
     * runtime's (the generated code qualifies one of them).
     */
    @Test
    void withResponseVariantsNeverTakeAnOperationsName() throws Exception {
        TypeRef apiResponse = TypeRef.named("ApiResponse");
        List<Operation> operations = List.of(
                op("list", "things", "GET", "/things").response(json("200", apiResponse)).security(List.of()).build(),
                op("listWithResponse", "things", "GET", "/things/raw").response(Fixtures.text("200"))
                        .security(List.of()).build());
        Service service = new Service("names", "", "", "", List.of(), List.of(), List.of(), Fixtures.sorted(operations),
                List.of(record("ApiResponse", prop("code", INT64, false))), Fixtures.HERE);

        ClassLoader loader = ClientCompileTest.compile(Fixtures.context(service));
        Class<?> api = loader.loadClass("com.example.names.ThingsApi");
        assertThat(publicMethods(api)).containsExactly("list", "listWithResponse", "listWithResponse2",
                "listWithResponseWithResponse");
        assertThat(api.getMethod("listWithResponse").getReturnType()).isEqualTo(String.class);
        assertThat(api.getMethod("listWithResponse2").getReturnType().getName())
                .isEqualTo("io.github.contractgen.runtime.http.ApiResponse");
        assertThat(api.getMethod("listWithResponse2").getGenericReturnType().getTypeName())
                .isEqualTo("io.github.contractgen.runtime.http.ApiResponse<com.example.names.model.ApiResponse>");
    }

    private static String source(String simpleName) {
        return new io.github.contractgen.generator.emit.ClientEmitter().emit(Fixtures.context(awkward())).stream()
                .filter(file -> file.typeSpec().name().equals(simpleName))
                .findFirst().orElseThrow().toString();
    }

    private static List<String> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).map(Method::getName).distinct().sorted().toList();
    }

}
