package io.github.contractgen.generator.emit.client;

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

    private final ClientPlan plan;
    private final ClassName builder;

    ClientBuilderEmitter(ClientPlan plan) {
        this.plan = plan;
        this.builder = plan.client().nestedClass("Builder");
    }

    TypeSpec emit(String defaultServer) {
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
                .addMethod(constructor.build())
                .addMethod(setter("baseUri", ClassName.get(URI.class), "options.baseUri($L)",
                        "The service's base URI, to which the contract's paths are appended. " + baseUriDoc))
                .addMethod(setter("tls", RuntimeTypes.TLS_CONFIG, "options.tls($L)",
                        "TLS trust and client identity, e.g. {@code TlsConfig.fromPem(chain, key, caBundle)}; "
                                + "defaults to the system trust store."))
                .addMethod(auth())
                .addMethod(setter("observer", RuntimeTypes.OBSERVER, "options.observer($L)",
                        "Monitoring hooks called for every call and attempt; defaults to none."))
                .addMethod(timeouts())
                .addMethod(setter("retryPolicy", RuntimeTypes.RETRY_POLICY, "options.retryPolicy($L)",
                        "When idempotent calls are retried; defaults to {@code RetryPolicy.defaults()}."))
                .addMethod(MethodSpec.methodBuilder("build")
                        .addJavadoc("A new client.\n\n@throws IllegalStateException naming the missing or invalid setting\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(plan.client())
                        .addStatement("return new $T($T.create(options.build()))", plan.client(), RuntimeTypes.REST_CLIENT_CORE)
                        .build())
                .build();
    }

    private MethodSpec setter(String name, TypeName type, String apply, String doc) {
        return MethodSpec.methodBuilder(name)
                .addJavadoc("$L\n\n@return this builder\n", doc)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(type, name)
                .addStatement(apply, requireNonNull(name))
                .addStatement("return this")
                .build();
    }

    private MethodSpec auth() {
        return MethodSpec.methodBuilder("auth")
                .addJavadoc("The credentials to use, one per security scheme; replaces those set before.\n")
                .addJavadoc(plan.context().service().securitySchemes().isEmpty() ? CodeBlock.of("")
                        : CodeBlock.of("Create them with {@link $T}.\n", plan.context().symbols().serviceClass("Auth")))
                .addJavadoc("\n@return this builder\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(ParameterSpec.builder(ArrayTypeName.of(RuntimeTypes.CREDENTIAL), "credentials").build())
                .varargs(true)
                .addStatement("options.credentials($T.of(credentials))", List.class)
                .addStatement("return this")
                .build();
    }

    private MethodSpec timeouts() {
        return MethodSpec.methodBuilder("timeouts")
                .addJavadoc("How long to wait for a connection (TLS handshake included; default 10 s) and for a "
                        + "whole call (default 30 s).\n\n@return this builder\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(Duration.class, "connect")
                .addParameter(Duration.class, "request")
                .addStatement("options.connectTimeout($L).requestTimeout($L)",
                        requireNonNull("connect"), requireNonNull("request"))
                .addStatement("return this")
                .build();
    }

    /** {@code Objects.requireNonNull(name, "name")}: the culprit is the builder method's parameter. */
    private static CodeBlock requireNonNull(String name) {
        return CodeBlock.of("$T.requireNonNull($N, $S)", Objects.class, name, name);
    }
}
