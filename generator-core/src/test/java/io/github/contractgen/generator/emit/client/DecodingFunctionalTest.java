package io.github.contractgen.generator.emit.client;

import static io.github.contractgen.generator.emit.client.Fixtures.json;
import static io.github.contractgen.generator.emit.client.Fixtures.op;
import static io.github.contractgen.generator.emit.client.Fixtures.prop;
import static io.github.contractgen.generator.emit.client.Fixtures.record;
import static io.github.contractgen.generator.emit.client.Reflect.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contractgen.generator.model.BodyKind;
import io.github.contractgen.generator.model.Operation;
import io.github.contractgen.generator.model.Service;
import io.github.contractgen.generator.model.TypeRef;
import io.github.contractgen.runtime.DecodingException;
import io.github.contractgen.testsupport.TestHttpsServer;
import io.github.contractgen.testsupport.TestResponse;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
 * relaxes and nothing more.
 */
class DecodingFunctionalTest {

    private static final String PKG = "com.example.shop.";
    private static ClassLoader loader;

    private TestHttpsServer server;

    /** {@code Item}: a required int32 count, a required name, an optional double price. */
    static Service shop() {
        TypeRef item = TypeRef.named("Item");
        List<Operation> operations = List.of(
                op("getItem", "", "GET", "/item").response(json("200", item)).security(List.of()).build(),
                op("findItem", "", "GET", "/found").response(json("200", item)).response(Fixtures.empty("204"))
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
        Method found = method("findItem");
        Method item = method("getItem");
        assertThat(found.getAnnotatedReturnType().isAnnotationPresent(Nullable.class)).isTrue();
        assertThat(item.getAnnotatedReturnType().isAnnotationPresent(Nullable.class)).isFalse();
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

    private static Method method(String name) throws ClassNotFoundException {
        return Arrays.stream(loader.loadClass(PKG + "ShopClient").getMethods())
                .filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
    }
}
