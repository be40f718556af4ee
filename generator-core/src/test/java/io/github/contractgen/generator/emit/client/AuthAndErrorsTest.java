package io.github.contractgen.generator.emit.client;

import static io.github.contractgen.generator.emit.client.Fixtures.STRING;
import static io.github.contractgen.generator.emit.client.Fixtures.json;
import static io.github.contractgen.generator.emit.client.Fixtures.op;
import static io.github.contractgen.generator.emit.client.Fixtures.prop;
import static io.github.contractgen.generator.emit.client.Fixtures.record;
import static io.github.contractgen.generator.emit.client.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.contractgen.generator.emit.ClientEmitter;
import io.github.contractgen.generator.model.ParameterLocation;
import io.github.contractgen.generator.model.SecurityRequirement;
import io.github.contractgen.generator.model.SecurityScheme;
import io.github.contractgen.generator.model.Server;
import io.github.contractgen.generator.model.Service;
import io.github.contractgen.generator.model.TypeRef;
import io.github.contractgen.runtime.ApiException;
import io.github.contractgen.runtime.auth.AuthTarget;
import io.github.contractgen.runtime.auth.Credential;
import io.github.contractgen.testsupport.TestHttpsServer;
import io.github.contractgen.testsupport.faults.CredentialEcho;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The credential factories of every kind of security scheme, and the exception classes per status. */
class AuthAndErrorsTest {

    private static final TypeRef PROBLEM = TypeRef.named("Problem");

    static Service service() {
        List<SecurityScheme> schemes = List.of(
                new SecurityScheme("apiKeyHeader", SecurityScheme.Type.API_KEY, ParameterLocation.HEADER, "X-Key", "", List.of(), ""),
                new SecurityScheme("basicAuth", SecurityScheme.Type.HTTP_BASIC, null, "", "", List.of(), ""),
                new SecurityScheme("cc", SecurityScheme.Type.OAUTH2_CLIENT_CREDENTIALS, null, "", "https://auth.example/token",
                        List.of("read", "write"), ""),
                new SecurityScheme("digest", SecurityScheme.Type.UNSUPPORTED, null, "", "", List.of(), ""),
                new SecurityScheme("mtls", SecurityScheme.Type.MUTUAL_TLS, null, "", "", List.of(), ""),
                new SecurityScheme("oidc", SecurityScheme.Type.OAUTH2_OTHER, null, "", "", List.of(), ""),
                new SecurityScheme("query", SecurityScheme.Type.API_KEY, ParameterLocation.QUERY, "key", "", List.of(), ""));
        List<SecurityRequirement> security = List.of(new SecurityRequirement(List.of("basicAuth")));
        return new Service("Errors", "", "", "", List.of(new Server("/relative", "", "", List.of())), schemes, security,
                Fixtures.sorted(List.of(
                        op("a", "", "GET", "/a").response(json("200", PROBLEM)).response(json("400", PROBLEM))
                                .response(json("404", PROBLEM)).response(json("418", PROBLEM))
                                .response(json("4XX", PROBLEM)).response(text("5XX")).security(security).build(),
                        op("b", "", "GET", "/b").response(text("200")).response(text("400"))
                                .response(Fixtures.empty("404")).security(List.of(new SecurityRequirement(
                                        List.of("cc"), java.util.Map.of("cc", List.of("write"))))).build())),
                List.of(record("Problem", prop("title", STRING, true))), Fixtures.HERE);
    }

    @Test
    void oneFactoryPerSchemeNamedForItsKind() throws Exception {
        ClassLoader loader = ClientCompileTest.compile(Fixtures.context(service()));
        Class<?> auth = loader.loadClass("com.example.errors.ErrorsAuth");
        assertThat(Arrays.stream(auth.getDeclaredMethods()).filter(m -> !m.isSynthetic()).map(AuthAndErrorsTest::signature).sorted())
                .containsExactly(
                        "apiKeyHeader(String)", "apiKeyHeader(Supplier)", "apiKeyQuery(String)", "apiKeyQuery(Supplier)",
                        "basic(String,String)",
                        "clientCredentials(String,String)", "clientCredentials(String,String,List)",
                        "oauth2Cc(TokenProvider)", "oauth2Oidc(String)", "oauth2Oidc(TokenProvider)");
        String source = source("ErrorsAuth");
        assertThat(source).contains("URI.create(\"https://auth.example/token\")")
                .contains("Scheme {@code mtls} is mutual TLS")
                .contains("Scheme {@code digest} is of a kind contractgen does not implement");

        Credential query = (Credential) Reflect.call(auth, "apiKeyQuery", "s3cret");
        List<String> applied = new ArrayList<>();
        query.apply(recorder(applied));
        assertThat(query.scheme()).isEqualTo("query");
        assertThat(applied).containsExactly("query key=s3cret");
        java.util.concurrent.atomic.AtomicInteger rotation = new java.util.concurrent.atomic.AtomicInteger();
        Credential rotating = (Credential) Reflect.call(auth, "apiKeyHeader",
                (java.util.function.Supplier<String>) () -> "key-" + rotation.incrementAndGet());
        applied.clear();
        rotating.apply(recorder(applied));
        rotating.apply(recorder(applied));
        assertThat(applied).containsExactly("header X-Key=key-1", "header X-Key=key-2");
        Credential basic = (Credential) Reflect.call(auth, "basic", "ann", "pw");
        applied.clear();
        basic.apply(recorder(applied));
        assertThat(applied).containsExactly("header Authorization=Basic YW5uOnB3");
    }

    @Test
    void factoriesRefuseNullsNamingTheArgument() throws Exception {
        Class<?> auth = ClientCompileTest.compile(Fixtures.context(service())).loadClass("com.example.errors.ErrorsAuth");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Reflect.call(auth, "apiKeyHeader", (Object) null))
                .isInstanceOf(NullPointerException.class).hasMessage("key");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Reflect.call(auth, "basic", "ann", null))
                .isInstanceOf(NullPointerException.class).hasMessage("password");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Reflect.call(auth, "clientCredentials", null, "s"))
                .isInstanceOf(NullPointerException.class).hasMessage("clientId");
    }

    @Test
    void clientCredentialsAskForTheScopesTheOperationsRequire() {
        assertThat(source("ErrorsAuth"))
                .contains(".clientSecret(clientSecret).scopes(List.of(\"write\")).build()")
                .contains("Asks for the scopes the contract's operations require: {@code write}.");
    }

    @Test
    void oneExceptionClassPerStatusTypedWhenAllOperationsAgree() throws Exception {
        ClassLoader loader = ClientCompileTest.compile(Fixtures.context(service()));
        String prefix = "com.example.errors.ErrorsException$";
        assertThat(bodyType(loader, prefix + "BadRequest")).as("Problem in a, String in b").isEqualTo("Object");
        assertThat(bodyType(loader, prefix + "NotFound")).as("no body in b is compatible").isEqualTo("Problem");
        assertThat(bodyType(loader, prefix + "Status418")).isEqualTo("Problem");
        assertThat(bodyType(loader, prefix + "ClientError")).isEqualTo("Problem");
        assertThat(bodyType(loader, prefix + "ServerError")).isEqualTo("String");
        assertThat(loader.loadClass(prefix + "NotFound").getSuperclass().getName()).isEqualTo("com.example.errors.ErrorsException");
        assertThat(source("ErrorsCalls")).contains(".error(\"404\", ResponseBody.empty(), (response, none) -> new ErrorsException.NotFound(response, null))");
    }

    @Test
    void aGeneratedExceptionShowsNoneOfTheCredentialsAServerEchoes() throws Exception {
        ClassLoader loader = ClientCompileTest.compile(Fixtures.context(service()));
        String password = "pw-SECRET-1";
        String base64 = java.util.Base64.getEncoder().encodeToString(("ann:" + password).getBytes(StandardCharsets.UTF_8));
        try (TestHttpsServer server = TestHttpsServer.http()) {
            server.handle("/a", CredentialEcho.answering(404));
            Object basic = Reflect.call(loader.loadClass("com.example.errors.ErrorsAuth"), "basic", "ann", password);
            Object credentials = java.lang.reflect.Array.newInstance(Credential.class, 1);
            java.lang.reflect.Array.set(credentials, 0, basic);
            Object builder = Reflect.call(loader.loadClass("com.example.errors.ErrorsClient"), "builder");
            Reflect.call(builder, "baseUri", server.baseUri());
            Reflect.call(builder, "auth", credentials);
            Object client = Reflect.call(builder, "build");
            Throwable thrown;
            try {
                thrown = catchThrowable(() -> Reflect.call(client, "a"));
            } finally {
                Reflect.call(client, "close");
            }
            assertThat(thrown.getClass().getName()).isEqualTo("com.example.errors.ErrorsException$NotFound");
            assertThat(server.takeRequest().header("authorization")).hasValue("Basic " + base64);
            StringWriter trace = new StringWriter();
            thrown.printStackTrace(new PrintWriter(trace));
            ApiException api = (ApiException) thrown;
            assertThat(api.getMessage()).startsWith("a: HTTP 404: {\"error\":\"rejected what you sent\",\"echo\":[\"***");
            assertThat(List.of(api.getMessage(), trace.toString(), String.valueOf(api.headers()), String.valueOf(api.body()),
                    new String(api.rawBody(), StandardCharsets.UTF_8)))
                    .allSatisfy(text -> assertThat(text).doesNotContain("SECRET").doesNotContain(base64));
        }
    }

    private static String bodyType(ClassLoader loader, String name) throws Exception {
        return loader.loadClass(name).getMethod("body").getReturnType().getSimpleName();
    }

    private static String signature(Method method) {
        return method.getName() + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                .collect(java.util.stream.Collectors.joining(",", "(", ")"));
    }

    private static String source(String simpleName) {
        return new ClientEmitter().emit(Fixtures.context(service())).stream()
                .filter(file -> file.typeSpec().name().equals(simpleName)).findFirst().orElseThrow().toString();
    }

    private static AuthTarget recorder(List<String> applied) {
        return new AuthTarget() {
            @Override
            public void header(String name, String value) {
                applied.add("header " + name + "=" + value);
            }

            @Override
            public void query(String name, String value) {
                applied.add("query " + name + "=" + value);
            }

            @Override
            public void cookie(String name, String value) {
                applied.add("cookie " + name + "=" + value);
            }
        };
    }
}
