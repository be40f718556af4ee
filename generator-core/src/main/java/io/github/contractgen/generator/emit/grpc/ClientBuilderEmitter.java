package io.github.contractgen.generator.emit.grpc;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * The {@code Builder} nested in {@code <Service>Client}: {@code target}, {@code tls}, {@code plaintext},
 * {@code observer}, {@code deadline}, {@code retryPolicy}, then {@code build()} makes the channel through
 * {@code GrpcChannels}. TLS is the default; plaintext only when asked for by name.
 */
final class ClientBuilderEmitter {

    private ClientBuilderEmitter() {}

    static TypeSpec builder(RpcEmitContext context, ClassName client) {
        ClassName builder = client.nestedClass("Builder");
        ClassName grpc = context.names().grpcClass();
        ClassName config = context.names().facadeClass("Config");
        return TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Configures a {@link $T}; not thread-safe, {@link #build()} validates.\n", client)
                .addField(String.class, "target", Modifier.PRIVATE)
                .addField(nullable(GrpcTypes.TLS_CONFIG), "tls", Modifier.PRIVATE)
                .addField(boolean.class, "plaintext", Modifier.PRIVATE)
                .addField(FieldSpec.builder(GrpcTypes.OBSERVER, "observer", Modifier.PRIVATE)
                        .initializer("$T.NOOP", GrpcTypes.OBSERVER).build())
                .addField(nullable(GrpcTypes.DURATION), "deadline", Modifier.PRIVATE)
                .addField(nullable(config), "config", Modifier.PRIVATE)
                .addField(FieldSpec.builder(GrpcTypes.GRPC_RETRY_POLICY, "retryPolicy", Modifier.PRIVATE)
                        .initializer("$T.builder().methods($T.getServiceDescriptor().getMethods()).build()",
                                GrpcTypes.GRPC_RETRY_POLICY, grpc).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(setter(builder, "target", TypeName.get(String.class),
                        "The server: {@code host:port} or a gRPC target URI such as {@code dns:///host:443}. Required.")
                        .addStatement("this.target = $T.requireNonNull(target, $S)", GrpcTypes.OBJECTS, "target")
                        .addStatement("return this").build())
                .addMethod(setter(builder, "tls", GrpcTypes.TLS_CONFIG, "TLS trust and client identity, e.g."
                        + " {@code TlsConfig.fromPem(chain, key, caBundle)} for mTLS; defaults to the system trust store.")
                        .addStatement("this.tls = $T.requireNonNull(tls, $S)", GrpcTypes.OBJECTS, "tls")
                        .addStatement("this.plaintext = false")
                        .addStatement("return this").build())
                .addMethod(MethodSpec.methodBuilder("plaintext")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builder)
                        .addJavadoc("No TLS at all: for a sidecar or a test on loopback, never across a network.\n\n"
                                + "@return this builder\n")
                        .addStatement("this.plaintext = true")
                        .addStatement("this.tls = null")
                        .addStatement("return this").build())
                .addMethod(setter(builder, "observer", GrpcTypes.OBSERVER,
                        "Monitoring hooks called once per call and per attempt; defaults to none.")
                        .addStatement("this.observer = $T.requireNonNull(observer, $S)", GrpcTypes.OBJECTS, "observer")
                        .addStatement("return this").build())
                .addMethod(setter(builder, "deadline", GrpcTypes.DURATION, "The deadline of each unary call that sets none"
                        + " itself (see {@link $T#withDeadline}); streams have none by default.", client)
                        .addStatement("this.deadline = $T.requireNonNull(deadline, $S)", GrpcTypes.OBJECTS, "deadline")
                        .addStatement("return this").build())
                .addMethod(setter(builder, "retryPolicy", GrpcTypes.GRPC_RETRY_POLICY, "When failed calls are tried"
                        + " again; only methods the contract marks {@code NO_SIDE_EFFECTS} or {@code IDEMPOTENT} ever are."
                        + " Defaults to {@code GrpcRetryPolicy}'s defaults for those methods. REST clients have the same"
                        + " {@code retryPolicy}; event clients' {@code deliveryPolicy} is another thing, the redelivery of"
                        + " a message a handler failed on.")
                        .addStatement("this.retryPolicy = $T.requireNonNull(retryPolicy, $S)", GrpcTypes.OBJECTS,
                                "retryPolicy")
                        .addStatement("return this").build())
                .addMethod(setter(builder, "config", config, "Settings from configuration ({@code $T.fromEnvironment()}:"
                        + " system properties, environment variables, the config file) for everything not set on this"
                        + " builder: target, TLS or plaintext, deadline. Read at {@link #build()}.", config)
                        .addStatement("this.config = $T.requireNonNull(config, $S)", GrpcTypes.OBJECTS, "config")
                        .addStatement("return this").build())
                .addMethod(build(client, config))
                .build();
    }

    private static TypeName nullable(TypeName type) {
        return type.annotated(GrpcTypes.NULLABLE_ANNOTATION);
    }

    private static MethodSpec.Builder setter(ClassName builder, String name, TypeName type, String doc, Object... args) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(type, name)
                .returns(builder)
                .addJavadoc(doc + "\n\n@return this builder\n", args);
    }

    private static MethodSpec build(ClassName client, ClassName config) {
        return MethodSpec.methodBuilder("build")
                .addModifiers(Modifier.PUBLIC)
                .returns(client)
                .addJavadoc("A new client with a channel of its own.\n\n@throws IllegalStateException when no target"
                        + " is set\n@throws io.github.contractgen.runtime.config.ConfigException naming the configuration"
                        + " key that is missing or invalid\n")
                // Configuration fills only what was not set here: explicit builder calls win.
                .addStatement("String target = this.target")
                .addStatement("$T tls = this.tls", GrpcTypes.TLS_CONFIG)
                .addStatement("boolean plaintext = this.plaintext")
                .addStatement("$T deadline = this.deadline", GrpcTypes.DURATION)
                .beginControlFlow("if (config != null)")
                .addStatement("target = target != null ? target : config.target()")
                .beginControlFlow("if (tls == null && !plaintext)")
                .addStatement("plaintext = config.plaintext()")
                .addStatement("tls = plaintext ? null : config.tls().orElse(null)")
                .endControlFlow()
                .addStatement("deadline = deadline != null ? deadline : config.deadline().orElse(null)")
                .endControlFlow()
                .beginControlFlow("if (target == null)")
                .addStatement("throw new IllegalStateException($S)",
                        "target is not set: call target(\"host:port\") or config(...) before build()")
                .endControlFlow()
                .addStatement("$T.Builder channel = $T.forTarget(target).observer(observer).retryPolicy(retryPolicy)",
                        GrpcTypes.GRPC_CHANNELS, GrpcTypes.GRPC_CHANNELS)
                .beginControlFlow("if (plaintext)")
                .addStatement("channel.plaintext()")
                .nextControlFlow("else if (tls != null)")
                .addStatement("channel.tls(tls)")
                .endControlFlow()
                .beginControlFlow("if (deadline != null)")
                .addStatement("channel.defaultDeadline(deadline)")
                .endControlFlow()
                .addStatement("$T built = channel.build()", GrpcTypes.MANAGED_CHANNEL)
                .addStatement("return new $T(built, built, null)", client)
                .build();
    }
}
