package io.github.contractgen.generator.emit.client;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes the client's {@code Builder}: a thin, named front of the runtime's
 * {@code HttpClientOptions.Builder}, which validates at {@code build()} and names a missing setting.
 */
final class ClientBuilderEmitter {

    /** The settings a {@code config(...)} may not override, because the user set them on the builder. */
    private static final List<String> EXPLICIT = List.of("baseUriSet", "tlsSet", "timeoutsSet", "attemptTimeoutSet",
            "authSet");

    private final ClientPlan plan;
    private final ClassName builder;

    ClientBuilderEmitter(ClientPlan plan) {
        this.plan = plan;
        this.builder = plan.client().nestedClass("Builder");
    }

    TypeSpec emit(String defaultServer) {
        ClassName config = plan.context().symbols().serviceClass("Config");
        FieldSpec options = FieldSpec.builder(RuntimeTypes.HTTP_CLIENT_OPTIONS_BUILDER, "options", Modifier.PRIVATE, Modifier.FINAL)
                .initializer("$T.builder().serviceName($S)", RuntimeTypes.HTTP_CLIENT_OPTIONS, plan.context().service().name())
                .build();
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
        if (defaultServer != null) {
            constructor.addStatement("options.baseUri($L)", defaultServer);
        }
        String baseUriDoc = defaultServer == null
                ? "Required: the contract names no absolute server."
                : "Defaults to {@link #" + defaultServer + "}.";
        return TypeSpec.classBuilder(builder)
                .addJavadoc("Configures a {@link $T}; not thread-safe, {@link #build()} validates.\n", plan.client())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addField(options)
                .addField(FieldSpec.builder(config.annotated(AnnotationSpec.builder(RuntimeTypes.NULLABLE).build()),
                        "config", Modifier.PRIVATE).build())
                .addFields(EXPLICIT.stream().map(name -> FieldSpec.builder(boolean.class, name, Modifier.PRIVATE).build()).toList())
                .addMethod(constructor.build())
                .addMethod(setter("baseUri", ClassName.get(URI.class), "options.baseUri($L)", "an absolute URI",
                        "The service's base URI, to which the contract's paths are appended. " + baseUriDoc))
                .addMethod(setter("tls", RuntimeTypes.TLS_CONFIG, "options.tls($L)", "the trust and identity of every connection",
                        "TLS trust and client identity, e.g. {@code TlsConfig.fromPem(chain, key, caBundle)}; "
                                + "defaults to the system trust store."))
                .addMethod(MethodSpec.methodBuilder("config")
                        .addJavadoc("Settings from configuration ({@code $T.fromEnvironment()}: system properties, environment"
                                + " variables, the config file) for everything not set on this builder: base URI or server,"
                                + " TLS, timeouts, credentials. Read at {@link #build()}.\n\n@param config the settings for what this"
                                + " builder leaves unset\n@return this builder\n", config)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builder)
                        .addParameter(config, "config")
                        .addStatement("this.config = $L", requireNonNull("config"))
                        .addStatement("return this")
                        .build())
                .addMethod(auth())
                .addMethod(allowCredentialsOverPlainHttp())
                .addMethod(setter("observer", RuntimeTypes.OBSERVER, "options.observer($L)", "receives the events of every call",
                        "Monitoring hooks called for every call and attempt; defaults to none."))
                .addMethod(timeouts())
                .addMethod(setter("attemptTimeout", ClassName.get(Duration.class), "options.attemptTimeout($L)",
                        "the longest one attempt may take, positive",
                        "How long one attempt may take, reading its response included, within the timeout of the whole"
                                + " call; an attempt that takes longer is retried like an I/O failure, if the call is"
                                + " idempotent and has time left. Defaults to none: an attempt may take what is left of"
                                + " the call."))
                .addMethod(limit("maxResponseBytes", "the largest response body to accept, in bytes, positive",
                        "The largest response body to accept (default 64 MiB); a larger one fails the call with a"
                                + " {@code ResponseTooLargeException} while it streams in, before it fills the heap."))
                .addMethod(limit("maxBytesInFlight", "the most bytes of response bodies held at once, positive",
                        "The most bytes of response bodies this client holds at once, over all its calls (default 256"
                                + " MiB, and never below {@code maxResponseBytes}); a body that would pass it fails its"
                                + " call with a {@code ResponseTooLargeException}, so that many large responses at once"
                                + " cannot fill the heap."))
                .addMethod(setter("retryPolicy", RuntimeTypes.RETRY_POLICY, "options.retryPolicy($L)", "which failures are tried"
                        + " again, how often and after what pause",
                        "When idempotent calls are retried; defaults to {@code RetryPolicy.defaults()}."))
                .addMethod(lenientDecoding())
                .addMethod(build())
                .build();
    }

    private MethodSpec build() {
        return MethodSpec.methodBuilder("build")
                .addJavadoc("A new client.\n\n@return the client; closing it releases its connections\n"
                        + "@throws IllegalStateException naming the missing or invalid setting\n"
                        + "@throws io.github.contractgen.runtime.config.ConfigException naming the configuration key that is"
                        + " missing or invalid\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(plan.client())
                // Configuration fills only what was not set here: explicit builder calls win.
                .beginControlFlow("if (config != null)")
                .beginControlFlow("if (!baseUriSet)")
                .addStatement("options.baseUri(config.baseUri())")
                .endControlFlow()
                .beginControlFlow("if (!tlsSet)")
                .addStatement("config.tls().ifPresent(options::tls)")
                .endControlFlow()
                .beginControlFlow("if (!timeoutsSet)")
                .addStatement("config.connectTimeout().ifPresent(options::connectTimeout)")
                .addStatement("config.requestTimeout().ifPresent(options::requestTimeout)")
                .endControlFlow()
                .beginControlFlow("if (!attemptTimeoutSet)")
                .addStatement("config.attemptTimeout().ifPresent(options::attemptTimeout)")
                .endControlFlow()
                .beginControlFlow("if (!authSet)")
                .addStatement("options.credentials(config.credentials())")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return new $T($T.create(options.build()))", plan.client(), RuntimeTypes.REST_CLIENT_CORE)
                .build();
    }

    private MethodSpec lenientDecoding() {
        return MethodSpec.methodBuilder("lenientDecoding")
                .addJavadoc("For a server known to break its own contract: a required value that is absent or {@code null} in a"
                        + " response, and an empty or {@code null} body where the contract declares one, decode as {@code null}"
                        + " instead of failing with a {@code DecodingException}, so a result or accessor may return null."
                        + " Numbers are checked as strictly as ever, and a primitive component still needs its value;"
                        + " requests are never lenient.\n\n@return this builder\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addStatement("options.lenientDecoding(true)")
                .addStatement("return this")
                .build();
    }

    private MethodSpec setter(String name, TypeName type, String apply, String parameterDoc, String doc) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addJavadoc("$L\n\n@param $L $L\n@return this builder\n", doc, name, parameterDoc)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(type, name)
                .addStatement(apply, requireNonNull(name));
        if (EXPLICIT.contains(name + "Set")) {
            method.addStatement("this.$L = true", name + "Set");
        }
        return method.addStatement("return this").build();
    }

    /** A size limit in bytes; the options builder refuses one that is not positive. */
    private MethodSpec limit(String name, String parameterDoc, String doc) {
        return MethodSpec.methodBuilder(name)
                .addJavadoc("$L\n\n@param $L $L\n@return this builder\n", doc, name, parameterDoc)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(long.class, name)
                .addStatement("options.$L($L)", name, name)
                .addStatement("return this")
                .build();
    }

    private MethodSpec auth() {
        return MethodSpec.methodBuilder("auth")
                .addJavadoc("The credentials to use, one per security scheme; replaces those set before.\n")
                .addJavadoc(plan.context().service().securitySchemes().isEmpty() ? CodeBlock.of("")
                        : CodeBlock.of("Create them with {@link $T}.\n", plan.context().symbols().serviceClass("Auth")))
                .addJavadoc("\n@param credentials the credentials; none to send requests without any\n@return this builder\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(ParameterSpec.builder(ArrayTypeName.of(RuntimeTypes.CREDENTIAL), "credentials").build())
                .varargs(true)
                .addStatement("options.credentials($T.of(credentials))", List.class)
                .addStatement("this.authSet = true")
                .addStatement("return this")
                .build();
    }

    private MethodSpec allowCredentialsOverPlainHttp() {
        return MethodSpec.methodBuilder("allowCredentialsOverPlainHttp")
                .addJavadoc("Lets credentials go over plain {@code http://} to a host that is not loopback. Without it,\n"
                        + "{@link #build()} refuses that, because anyone on the network can read them: use https, or call\n"
                        + "this for a network you trust end to end. Plain http to {@code 127.0.0.1}, {@code ::1} or\n"
                        + "{@code localhost} is always allowed.\n\n@return this builder\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addStatement("options.allowCredentialsOverPlainHttp(true)")
                .addStatement("return this")
                .build();
    }

    private MethodSpec timeouts() {
        return MethodSpec.methodBuilder("timeouts")
                .addJavadoc("How long to wait for a connection (TLS handshake included; default 10 s) and how long a"
                        + " whole call may take (default 30 s): every attempt, the waits between them ({@code Retry-After}"
                        + " included) and reading the response. A retry whose wait would pass it is not made.\n\n"
                        + "@param connect the connect timeout, positive\n@param request the timeout of a whole call,"
                        + " positive\n@return this builder\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(Duration.class, "connect")
                .addParameter(Duration.class, "request")
                .addStatement("options.connectTimeout($L).requestTimeout($L)",
                        requireNonNull("connect"), requireNonNull("request"))
                .addStatement("this.timeoutsSet = true")
                .addStatement("return this")
                .build();
    }

    /** {@code Objects.requireNonNull(name, "name")}: the culprit is the builder method's parameter. */
    private static CodeBlock requireNonNull(String name) {
        return CodeBlock.of("$T.requireNonNull($N, $S)", Objects.class, name, name);
    }
}
