package io.github.contractgen.generator.emit.events;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.contractgen.generator.naming.ConfigNames;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes the builder of an events class: the same shape as the REST client's ({@code tls},
 * {@code observer}, {@code build()}), with a transport in place of a base URI.
 */
final class EventsBuilderEmitter {

    /** What lenient decoding relaxes, in the words of the REST builder's setting of the same name. */
    static final String LENIENT_DECODING_DOC = "For a producer known to break its own contract: a required value that is"
            + " absent or {@code null} in a received payload decodes as {@code null} instead of failing (by default the"
            + " message goes to the dead-letter handler), so the record's accessor may return null. Numbers are checked"
            + " as strictly as ever, and a primitive component still needs its value. Sending is never lenient: a payload"
            + " that lacks a required value is refused before it is sent.";

    private final EventsPlan plan;
    private final ClassName builder;

    EventsBuilderEmitter(EventsPlan plan) {
        this.plan = plan;
        this.builder = plan.eventsClass().nestedClass("Builder");
    }

    TypeSpec emit() {
        return TypeSpec.classBuilder(builder)
                .addJavadoc("Configures a {@link $T}; not thread-safe, {@link #build()} validates.\n", plan.eventsClass())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addField(nullable(EventRuntime.EVENT_TRANSPORT, "transport"))
                .addField(nullable(EventRuntime.TRANSPORT_BUILDER, "transportBuilder"))
                .addField(nullable(EventRuntime.TLS_CONFIG, "tls"))
                .addField(FieldSpec.builder(TypeName.BOOLEAN, "plaintext", Modifier.PRIVATE).build())
                .addField(FieldSpec.builder(TypeName.BOOLEAN, "allowCredentialsWithoutTls", Modifier.PRIVATE).build())
                .addField(FieldSpec.builder(TypeName.BOOLEAN, "lenientDecoding", Modifier.PRIVATE).build())
                .addField(nullable(ClassName.get(String.class), "group"))
                .addField(nullable(config(), "config"))
                .addField(FieldSpec.builder(EventRuntime.OBSERVER, "observer", Modifier.PRIVATE)
                        .initializer("$T.NOOP", EventRuntime.OBSERVER).build())
                .addField(FieldSpec.builder(EventRuntime.DELIVERY_POLICY, "policy", Modifier.PRIVATE)
                        .initializer("$T.defaults()", EventRuntime.DELIVERY_POLICY).build())
                .addField(FieldSpec.builder(EventRuntime.DEAD_LETTERS, "deadLetters", Modifier.PRIVATE)
                        .initializer("$T.LOG", EventRuntime.DEAD_LETTERS).build())
                .addFields(requestTimeoutField())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(setter("transport", EventRuntime.EVENT_TRANSPORT, "transport", "the transport, which the client"
                        + " closes with itself",
                        "A transport already built, e.g. one shared with other services; defaults to the config's"
                                + " server, or without {@link #config} a new in-memory transport. A built transport keeps its"
                                + " own TLS settings."))
                .addMethod(setter("transport", EventRuntime.TRANSPORT_BUILDER, "transportBuilder", "the transport, not yet built",
                        "A transport to build, e.g. {@code KafkaTransport.bootstrap(\"broker:9093\")}; {@link #tls}, or the JVM's"
                                + " trust store unless {@link #plaintext()} is called, is applied to it."))
                .addMethod(setter("tls", EventRuntime.TLS_CONFIG, "tls", "the trust and identity of the broker connection",
                        "TLS for the broker connection, applied to the transport builder or the config's; defaults to"
                                + " the JVM's trust store (for a config's server: TLS unless the contract declares the"
                                + " server without it)."))
                .addMethod(plaintext())
                .addMethod(allowCredentialsWithoutTls())
                .addMethod(setter("config", config(), "config", "the settings for what this builder leaves unset",
                        "Settings from configuration ({@code "
                        + config().simpleName() + ".fromEnvironment()}: system properties, environment variables, the config"
                        + " file) for everything not set on this builder: the server, whose protocol picks the transport"
                        + " among those on the class path, its TLS and credentials, the consumer group. Read at {@link #build()}."))
                .addMethod(setter("observer", EventRuntime.OBSERVER, "observer", "receives the events of every send and receipt",
                        "Monitoring hooks called for every send and every received message; defaults to none."))
                .addMethod(setter("group", ClassName.get(String.class), "group", "the group's name",
                        "The consumer group of the handlers, unless the contract fixes one; defaults to none (each"
                                + " subscription gets every message; Kafka needs a group)."))
                .addMethod(setter("deliveryPolicy", EventRuntime.DELIVERY_POLICY, "policy", "the attempts and backoff of each"
                        + " message",
                        "How often a failing handler is retried, with which backoff, and how long closing waits for a"
                                + " running handler before interrupting it ({@code closeGrace}); defaults to"
                                + " {@code DeliveryPolicy.defaults()}."))
                .addMethod(setter("deadLetters", EventRuntime.DEAD_LETTERS, "deadLetters", "receives each message its handler"
                        + " gave up on",
                        "Where a message goes after its handler failed on every attempt; defaults to logging it."))
                .addMethods(requestTimeout())
                .addMethod(lenientDecoding())
                .addMethod(build())
                .addMethod(connect())
                .build();
    }

    private MethodSpec plaintext() {
        return MethodSpec.methodBuilder("plaintext")
                .addJavadoc("No TLS: for a broker without it (local development, tests), never across a network;"
                        + " credentials would travel in clear. Without this call a transport builder gets TLS.\n\n"
                        + "@return this builder\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addStatement("this.plaintext = true")
                .addStatement("return this")
                .build();
    }

    private MethodSpec allowCredentialsWithoutTls() {
        return MethodSpec.methodBuilder("allowCredentialsWithoutTls")
                .addJavadoc("Lets the broker login (the config's credentials, or the transport builder's) go without TLS to"
                        + " a broker that is not loopback, for a network trusted end to end; without it {@link #build()}"
                        + " refuses such a login, naming the broker. To {@code 127.0.0.1}, {@code ::1} or {@code localhost}"
                        + " a login without TLS is always allowed. A builder setting on purpose, not a configuration key: a"
                        + " deployment cannot downgrade it. A built {@link #transport(EventTransport)} made its own choice.\n\n"
                        + "@return this builder\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addStatement("this.allowCredentialsWithoutTls = true")
                .addStatement("return this")
                .build();
    }

    private MethodSpec lenientDecoding() {
        return MethodSpec.methodBuilder("lenientDecoding")
                .addJavadoc(LENIENT_DECODING_DOC + "\n\n@return this builder\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addStatement("this.lenientDecoding = true")
                .addStatement("return this")
                .build();
    }

    private List<FieldSpec> requestTimeoutField() {
        return plan.hasRequests() ? List.of(FieldSpec.builder(Duration.class, "requestTimeout", Modifier.PRIVATE)
                .initializer("$T.ofSeconds(30)", Duration.class).build()) : List.of();
    }

    /** For a contract with request/reply operations: how long a request waits for its reply by default. */
    private List<MethodSpec> requestTimeout() {
        if (!plan.hasRequests()) {
            return List.of();
        }
        return List.of(setter("requestTimeout", ClassName.get(Duration.class), "requestTimeout", "the longest wait, positive",
                "How long a request waits for its reply unless the call says otherwise; defaults to 30 seconds."));
    }

    /** {@code <Service>Config}, beside the events class. */
    private ClassName config() {
        return plan.context().symbols().serviceClass("Config");
    }

    private static FieldSpec nullable(TypeName type, String name) {
        // A type-use annotation: on a nested type it must stand before the simple name (EventTransport.@Nullable Builder).
        return FieldSpec.builder(type.annotated(com.palantir.javapoet.AnnotationSpec.builder(EventRuntime.NULLABLE).build()),
                name, Modifier.PRIVATE).build();
    }

    private MethodSpec setter(String name, TypeName type, String field, String parameterDoc, String doc) {
        return MethodSpec.methodBuilder(name)
                .addJavadoc("$L\n\n@param $L $L\n@return this builder\n", doc, name, parameterDoc)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(type, name)
                .addStatement("this.$L = $T.requireNonNull($L, $S)", field, Objects.class, name, name)
                .addStatement("return this")
                .build();
    }

    private MethodSpec build() {
        return MethodSpec.methodBuilder("build")
                .addJavadoc("A new events client, connected through the transport.\n\n"
                        + "@return the client; closing it closes the transport\n"
                        + "@throws IllegalStateException naming the setting that cannot be honoured\n"
                        + "@throws io.github.contractgen.runtime.config.ConfigException naming the configuration key that is"
                        + " missing or invalid\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(plan.eventsClass())
                // Configuration fills only what was not set here: explicit builder calls win.
                .addStatement("String group = this.group != null || config == null ? this.group : config.group().orElse(null)")
                .addStatement("return new $T(new $T(connect(), observer, $S), group, policy, deadLetters, $T.of(lenientDecoding)$L)",
                        plan.eventsClass(), EventRuntime.EVENT_CLIENT, serviceId(), EventRuntime.JSON_CODEC,
                        plan.hasRequests() ? ", requestTimeout" : "")
                .build();
    }

    /** The observer's service name: the config's service id, as REST clients use theirs. */
    private String serviceId() {
        return ConfigNames.serviceId(plan.context().contract().path(), plan.context().service().name());
    }

    /**
     * Which transport the client gets. Secure by default: a transport builder given here gets the JVM's
     * trust store unless {@code tls(...)} or {@code plaintext()} says otherwise; one from configuration
     * already follows its server (TLS unless the contract declares the server without it, as for an
     * {@code http://} REST server). The in-memory transport, which never leaves the JVM, only without either.
     */
    private MethodSpec connect() {
        String builderOnly = ": set the transport as a builder (e.g. KafkaTransport.bootstrap(...)) or config(...)"
                + " so that it can be applied";
        return MethodSpec.methodBuilder("connect")
                .addJavadoc("The transport given, else one built from the transport builder or the config, with TLS"
                        + " unless {@link #plaintext()} was chosen, else a new in-memory transport.\n")
                .addModifiers(Modifier.PRIVATE)
                .returns(EventRuntime.EVENT_TRANSPORT)
                .beginControlFlow("if (tls != null && plaintext)")
                .addStatement("throw new $T($S)", IllegalStateException.class, "tls and plaintext: choose one")
                .endControlFlow()
                .beginControlFlow("if (transport != null)")
                .beginControlFlow("if (tls != null || plaintext)")
                .addStatement("throw new $T((plaintext ? \"plaintext\" : \"tls\") + $S)", IllegalStateException.class,
                        ": a built transport keeps its own settings; set it as a builder (e.g. KafkaTransport.bootstrap(...))")
                .endControlFlow()
                .addStatement("return transport")
                .endControlFlow()
                .beginControlFlow("if (transportBuilder != null)")
                .addStatement("$T chosen = plaintext ? transportBuilder.plaintext() : transportBuilder.tls(tls != null ? tls"
                        + " : $T.systemDefault())", EventRuntime.TRANSPORT_BUILDER, EventRuntime.TLS_CONFIG)
                .addStatement("return (allowCredentialsWithoutTls ? chosen.allowCredentialsWithoutTls() : chosen).build()")
                .endControlFlow()
                .beginControlFlow("if (config != null)")
                .addStatement("$T configured = config.transport()", EventRuntime.TRANSPORT_BUILDER)
                .beginControlFlow("if (plaintext)")
                .addStatement("configured.plaintext()")
                .nextControlFlow("else if (tls != null)")
                .addStatement("configured.tls(tls)")
                .endControlFlow()
                .addStatement("return (allowCredentialsWithoutTls ? configured.allowCredentialsWithoutTls() : configured).build()")
                .endControlFlow()
                .beginControlFlow("if (tls != null || plaintext)")
                .addStatement("throw new $T((plaintext ? \"plaintext\" : \"tls\") + $S)", IllegalStateException.class,
                        builderOnly)
                .endControlFlow()
                .addStatement("return $T.create()", EventRuntime.IN_MEMORY)
                .build();
    }
}
