package io.github.contractgen.generator.emit.client;

import static io.github.contractgen.generator.emit.client.Fixtures.json;
import static io.github.contractgen.generator.emit.client.Fixtures.op;
import static io.github.contractgen.generator.emit.client.Fixtures.prop;
import static io.github.contractgen.generator.emit.client.Fixtures.record;
import static io.github.contractgen.generator.emit.client.Reflect.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palantir.javapoet.JavaFile;
import io.github.contractgen.generator.emit.ClientEmitter;
import io.github.contractgen.generator.model.BodyKind;
import io.github.contractgen.generator.model.Operation;
import io.github.contractgen.generator.model.Service;
import io.github.contractgen.generator.model.TypeRef;
import io.github.contractgen.runtime.DecodingException;
import io.github.contractgen.runtime.http.ApiResponse;
import io.github.contractgen.testsupport.TestHttpsServer;
import io.github.contractgen.testsupport.TestResponse;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A generated client against a real server on 127.0.0.1 that answers bodies breaking the contract:
 * each is a {@code DecodingException} naming the operation and the JSON path, whether the call is
 * blocking or asynchronous; a client built with {@code lenientDecoding()} takes what the mode
 * relaxes and nothing more. A {@code null} the contract allows (a nullable schema) is a result, and
 * the method's type says so.
 */
class DecodingFunctionalTest {

    private static final String PKG = "com.example.shop.";
    private static ClassLoader loader;

    private TestHttpsServer server;

    /**
     * {@code Item}: a required int32 count, a required name, an optional double price. {@code peekItem}
     * answers an {@code Item} whose schema allows null.
     */
    static Service shop() {
        TypeRef item = TypeRef.named("Item");
        List<Operation> operations = List.of(
                op("getItem", "", "GET", "/item").response(json("200", item)).security(List.of()).build(),
                op("findItem", "", "GET", "/found").response(json("200", item)).response(Fixtures.empty("204"))
                        .security(List.of()).build(),
                op("peekItem", "", "GET", "/peek").response(Fixtures.nullableJson("200", item))
                        .security(List.of()).build(),
                op("putItem", "", "PUT", "/item").body(BodyKind.JSON, "application/json", item, true)
                        .response(Fixtures.empty("204")).security(List.of()).build());
        return new Service("shop", "", "", "", List.of(), List.of(), List.of(), Fixtures.sorted(operations),
                List.of(record("Item", prop("count", Fixtures.INT32, true), prop("name", Fixtures.STRING, true),
                        prop("price", TypeRef.scalar(TypeRef.Scalar.DOUBLE), false))),
                Fixtures.HERE);
    }

    @BeforeAll
    static void compile() {
        loader = ClientCompileTest.compile(Fixtures.context(shop()));
    }

    @BeforeEach
    void start() {
        server = TestHttpsServer.http();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Object client(boolean lenient) throws Exception {
        Object builder = call(loader.loadClass(PKG + "ShopClient"), "builder");
        call(builder, "baseUri", server.baseUri());
        if (lenient) {
            call(builder, "lenientDecoding");
        }
        return call(builder, "build");
    }

    private void answer(String body) {
        server.handle("/item", request -> body == null ? TestResponse.status(200) : TestResponse.json(200, body));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"count\":null,\"name\":\"a\"}             | $.count: null where the contract requires a value",
        "{\"count\":1.9,\"name\":\"a\"}              | $.count: a number with a fraction where the contract wants an integer",
        "{\"count\":1,\"name\":\"a\",\"price\":1e999999999} | $.price: a number out of the range of Double",
        "{\"count\":4294967296,\"name\":\"a\"}       | $.count: a number out of the range of",
        "{\"name\":\"a\"}                            | $.count: a required property is missing",
    })
    void bodiesThatBreakTheContractFailInBothModesNamingThePath(String body, String where) throws Exception {
        answer(body);
        for (boolean lenient : new boolean[] {false, true}) {
            Object client = client(lenient);
            try {
                assertThatThrownBy(() -> call(client, "getItem"))
                        .isInstanceOf(DecodingException.class)
                        .hasMessageStartingWith("getItem: HTTP 200 body")
                        .hasMessageContaining(where)
                        .satisfies(e -> assertThat(((DecodingException) e).status()).isEqualTo(200));
                CompletableFuture<?> async = (CompletableFuture<?>) call(call(client, "async"), "getItem");
                assertThatThrownBy(() -> async.get(30, TimeUnit.SECONDS))
                        .hasCauseInstanceOf(DecodingException.class)
                        .cause().hasMessageContaining(where);
            } finally {
                call(client, "close");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "{\"count\":1,\"name\":null} | $.name: null where the contract requires a value",
        "{\"count\":1}               | $.name: a required property is missing",
        "none                        | getItem: HTTP 200 body is empty where the contract declares",
        "null                        | getItem: HTTP 200 body is null where the contract declares",
    })
    void whatLenientDecodingRelaxesIsRefusedByDefault(String body, String where) throws Exception {
        answer(body);
        Object strict = client(false);
        try {
            assertThatThrownBy(() -> call(strict, "getItem"))
                    .isInstanceOf(DecodingException.class)
                    .hasMessageContaining(where);
        } finally {
            call(strict, "close");
        }
        Object lenient = client(true);
        try {
            Object item = call(lenient, "getItem");
            if (body == null || body.equals("null")) {
                assertThat(item).isNull();
            } else {
                assertThat(call(item, "count")).isEqualTo(1);
                assertThat(call(item, "name")).isNull();
            }
        } finally {
            call(lenient, "close");
        }
    }

    @Test
    void aSuccessDeclaredWithoutABodyYieldsNullAndTheResultSaysSo() throws Exception {
        server.handle("/found", request -> TestResponse.status(204));
        Object client = client(false);
        try {
            assertThat(call(client, "findItem")).isNull();
        } finally {
            call(client, "close");
        }
        Method found = method("ShopClient", "findItem");
        Method item = method("ShopClient", "getItem");
        assertThat(found.getAnnotatedReturnType().isAnnotationPresent(Nullable.class)).isTrue();
        assertThat(item.getAnnotatedReturnType().isAnnotationPresent(Nullable.class)).isFalse();
    }

    @Test
    void aNullTheSchemaAllowsIsTheResultWhereANonNullableOneStillFails() throws Exception {
        server.handle("/peek", request -> TestResponse.json(200, "null"));
        answer("null");
        Object client = client(false);
        try {
            assertThat(call(client, "peekItem")).isNull();
            assertThat(((CompletableFuture<?>) call(call(client, "async"), "peekItem")).get(30, TimeUnit.SECONDS)).isNull();
            ApiResponse<?> response = (ApiResponse<?>) call(client, "peekItemWithResponse");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body()).isNull();
            assertThatThrownBy(() -> call(client, "getItem"))
                    .isInstanceOf(DecodingException.class)
                    .hasMessageStartingWith("getItem: HTTP 200 body is null where the contract declares");
        } finally {
            call(client, "close");
        }
    }

    @Test
    void aNullableSchemaStillRefusesAnEmptyBodyWhichIsNoJsonNull() throws Exception {
        server.handle("/peek", request -> TestResponse.status(200));
        Object client = client(false);
        try {
            assertThatThrownBy(() -> call(client, "peekItem"))
                    .isInstanceOf(DecodingException.class)
                    .hasMessageStartingWith("peekItem: HTTP 200 body is empty where the contract declares")
                    .hasMessageContaining("or null (an empty body is not JSON null)");
            server.handle("/peek", request -> TestResponse.json(200, "{\"count\":2,\"name\":\"b\"}"));
            assertThat(call(call(client, "peekItem"), "count")).isEqualTo(2);
        } finally {
            call(client, "close");
        }
    }

    @Test
    void aResultThatMayBeNullIsNullableInEveryVariantAndItsJavadocSaysWhen() throws Exception {
        assertThat(method("ShopClient", "peekItem").getAnnotatedReturnType().isAnnotationPresent(Nullable.class)).isTrue();
        assertThat(typeArgumentIsNullable(method("ShopClient", "peekItemWithResponse"))).isTrue();
        assertThat(typeArgumentIsNullable(method("ShopAsyncClient", "peekItem"))).isTrue();
        assertThat(typeArgumentIsNullable(method("ShopClient", "getItemWithResponse"))).isFalse();
        assertThat(typeArgumentIsNullable(method("ShopAsyncClient", "getItem"))).isFalse();
        String client = source("ShopClient");
        assertThat(client).contains("The result is {@code null} when the service answers HTTP 200 with JSON"
                + " {@code null} (its schema allows it).")
                .contains("The result is {@code null} when the service answers HTTP 204 (declared without a body).")
                .contains("The body is {@code null} when the service answers HTTP 200 with JSON {@code null}")
                .contains("ResponseBody.nullableJson(JsonType.of(Item.class))");
        assertThat(source("ShopAsyncClient")).contains("The result is {@code null} when the service answers HTTP 200");
    }

    private static boolean typeArgumentIsNullable(Method method) {
        AnnotatedType argument = ((AnnotatedParameterizedType) method.getAnnotatedReturnType())
                .getAnnotatedActualTypeArguments()[0];
        return argument.isAnnotationPresent(Nullable.class);
    }

    /** The generated source of class {@code name} and its Calls, with Javadoc. */
    private static String source(String name) {
        return new ClientEmitter().emit(Fixtures.context(shop())).stream()
                .filter(file -> file.typeSpec().name().equals(name) || file.typeSpec().name().equals("ShopCalls"))
                .map(JavaFile::toString)
                .collect(Collectors.joining("\n"));
    }

    @Test
    void aRequestMissingARequiredValueIsNotSent() throws Exception {
        server.handle("/item", request -> TestResponse.status(204));
        Class<?> type = loader.loadClass(PKG + "model.Item");
        Object item = type.getDeclaredConstructor(Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getType).toArray(Class<?>[]::new)).newInstance(1, null, null);
        Object client = client(true);
        try {
            assertThatThrownBy(() -> call(client, "putItem", item))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageEndingWith("as JSON: $.name: a required value is null");
        } finally {
            call(client, "close");
        }
        assertThat(server.requestCount()).isZero();
    }

    private static Method method(String type, String name) throws ClassNotFoundException {
        return Arrays.stream(loader.loadClass(PKG + type).getMethods())
                .filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
    }
}
