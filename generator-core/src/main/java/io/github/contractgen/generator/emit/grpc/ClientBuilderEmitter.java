package io.github.contractgen.generator.emit.grpc;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * The {@code Builder} nested in {@code <Service>Client}: {@code target}, {@code tls}, {@code plaintext},
 * {@code observer}, {@code deadline}, {@code keepAlive}, {@code retryPolicy}, then {@code build()} makes the
 * channel through {@code GrpcChannels}. TLS is the default; plaintext only when asked for by name.
 */
final class ClientBuilderEmitter {

    /** gRPC's own keep-alive timeout, for a configuration that sets only the time between pings. */
    private static final int DEFAULT_KEEP_ALIVE_TIMEOUT_SECONDS = 20;

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
                .addField(nullable(GrpcTypes.DURATION), "keepAliveTime", Modifier.PRIVATE)
                .addField(nullable(GrpcTypes.DURATION), "keepAliveTimeout", Modifier.PRIVATE)
                .addField(nullable(config), "config", Modifier.PRIVATE)
                .addField(FieldSpec.builder(GrpcTypes.GRPC_RETRY_POLICY, "retryPolicy", Modifier.PRIVATE)
                        .initializer("$T.builder().methods($T.getServiceDescriptor().getMethods()).build()",
                                GrpcTypes.GRPC_RETRY_POLICY, grpc).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(setter(builder, "target", TypeName.get(String.class), "where the client connects",
                        "The server: {@code host:port} or a gRPC target URI such as {@code dns:///host:443}. Required.")
                        .addStatement("this.target = $T.requireNonNull(target, $S)", GrpcTypes.OBJECTS, "target")
                        .addStatement("return this").build())
                .addMethod(setter(builder, "tls", GrpcTypes.TLS_CONFIG, "the trust and identity of the connection",
                        "TLS trust and client identity, e.g."
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
                .addMethod(setter(builder, "observer", GrpcTypes.OBSERVER, "receives the events of every call",
                        "Monitoring hooks called once per call and per attempt; defaults to none.")
                        .addStatement("this.observer = $T.requireNonNull(observer, $S)", GrpcTypes.OBJECTS, "observer")
                        .addStatement("return this").build())
                .addMethod(setter(builder, "deadline", GrpcTypes.DURATION, "how long a unary call may take, positive",
                        "The deadline of each unary call that sets none"
                        + " itself (see {@link $T#withDeadline}), counted from its start; it bounds the whole call,"
                        + " retries and their backoff included. Streams have none by default.", client)
                        .addStatement("this.deadline = $T.requireNonNull(deadline, $S)", GrpcTypes.OBJECTS, "deadline")
                        .addStatement("return this").build())
                .addMethod(keepAlive(builder))
                .addMethod(setter(builder, "retryPolicy", GrpcTypes.GRPC_RETRY_POLICY, "which failures are tried again,"
                        + " how often and after what pause", "When failed calls are tried"
                        + " again; only methods the contract marks {@code NO_SIDE_EFFECTS} or {@code IDEMPOTENT} ever are."
                        + " Defaults to {@code GrpcRetryPolicy}'s defaults for those methods. REST clients have the same"
                        + " {@code retryPolicy}; event clients' {@code deliveryPolicy} is another thing, the redelivery of"
                        + " a message a handler failed on.")
                        .addStatement("this.retryPolicy = $T.requireNonNull(retryPolicy, $S)", GrpcTypes.OBJECTS,
                                "retryPolicy")
                        .addStatement("return this").build())
                .addMethod(setter(builder, "config", config, "the settings for what this builder leaves unset",
                        "Settings from configuration ({@code $T.fromEnvironment()}:"
                        + " system properties, environment variables, the config file) for everything not set on this"
                        + " builder: target, TLS or plaintext, deadline, keep-alive. Read at {@link #build()}.", config)
                        .addStatement("this.config = $T.requireNonNull(config, $S)", GrpcTypes.OBJECTS, "config")
                        .addStatement("return this").build())
                .addMethod(build(client, config))
                .addMethod(applyKeepAlive())
                .build();
    }

    private static MethodSpec keepAlive(ClassName builder) {
        return MethodSpec.methodBuilder("keepAlive")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(GrpcTypes.DURATION, "time")
                .addParameter(GrpcTypes.DURATION, "timeout")
                .returns(builder)
                .addJavadoc("Pings a connection that has calls open but received nothing for {@code time}, and drops it when"
                        + " no answer comes within {@code timeout}: a dead peer or a silently dropped connection (a NAT or"
                        + " load balancer forgetting it) then fails the calls instead of leaving them hanging. gRPC sends"
                        + " pings at most every ten seconds; the server must permit the rate. Off by default.\n\n"
                        + "@param time the idle time before a ping, positive\n@param timeout how long to wait for the answer,"
                        + " positive\n@return this builder\n")
                .addStatement("this.keepAliveTime = $T.requireNonNull(time, $S)", GrpcTypes.OBJECTS, "time")
                .addStatement("this.keepAliveTimeout = $T.requireNonNull(timeout, $S)", GrpcTypes.OBJECTS, "timeout")
                .addStatement("return this").build();
    }

    /** Keep-alive from this builder, else from the config (where the timeout may be left to gRPC's default). */
    private static MethodSpec applyKeepAlive() {
        return MethodSpec.methodBuilder("applyKeepAlive")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(GrpcTypes.GRPC_CHANNELS.nestedClass("Builder"), "channel")
                .addStatement("$T time = keepAliveTime", GrpcTypes.DURATION)
                .addStatement("$T timeout = keepAliveTimeout", GrpcTypes.DURATION)
                .beginControlFlow("if (time == null && config != null)")
                .addStatement("time = config.keepAliveTime().orElse(null)")
                .addStatement("timeout = config.keepAliveTimeout().orElse($T.ofSeconds($L))", GrpcTypes.DURATION,
                        DEFAULT_KEEP_ALIVE_TIMEOUT_SECONDS)
                .endControlFlow()
                .beginControlFlow("if (time != null)")
                .addStatement("channel.keepAlive(time, timeout)")
                .endControlFlow()
                .build();
    }

    private static TypeName nullable(TypeName type) {
        return type.annotated(GrpcTypes.NULLABLE_ANNOTATION);
    }

    private static MethodSpec.Builder setter(ClassName builder, String name, TypeName type, String parameterDoc,
            String doc, Object... args) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(type, name)
                .returns(builder)
                .addJavadoc(doc + "\n\n@param " + name + " " + parameterDoc + "\n@return this builder\n", args);
    }

    private static MethodSpec build(ClassName client, ClassName config) {
        return MethodSpec.methodBuilder("build")
                .addModifiers(Modifier.PUBLIC)
                .returns(client)
                .addJavadoc("A new client with a channel of its own.\n\n@return the client; closing it shuts the channel"
                        + " down\n@throws IllegalStateException when no target"
                        + " is set\n@throws IllegalArgumentException when a keep-alive duration is not positive"
                        + "\n@throws io.github.contractgen.runtime.config.ConfigException naming the configuration"
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
                .addStatement("applyKeepAlive(channel)")
                .addStatement("$T built = channel.build()", GrpcTypes.MANAGED_CHANNEL)
                .addStatement("return new $T(built, built, null)", client)
                .build();
    }
}
