package io.github.contractgen.generator.emit.events;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes the builder of an events class: the same shape as the REST client's ({@code tls},
 * {@code observer}, {@code build()}), with a transport in place of a base URI.
 */
final class EventsBuilderEmitter {

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
                .addField(nullable(ClassName.get(String.class), "group"))
                .addField(FieldSpec.builder(EventRuntime.OBSERVER, "observer", Modifier.PRIVATE)
                        .initializer("$T.NOOP", EventRuntime.OBSERVER).build())
                .addField(FieldSpec.builder(EventRuntime.DELIVERY_POLICY, "policy", Modifier.PRIVATE)
                        .initializer("$T.defaults()", EventRuntime.DELIVERY_POLICY).build())
                .addField(FieldSpec.builder(EventRuntime.DEAD_LETTERS, "deadLetters", Modifier.PRIVATE)
                        .initializer("$T.LOG", EventRuntime.DEAD_LETTERS).build())
                .addFields(requestTimeoutField())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(setter("transport", EventRuntime.EVENT_TRANSPORT, "transport",
                        "A transport already built, e.g. one shared with other services; defaults to a new in-memory"
                                + " transport. A built transport keeps its own TLS settings."))
                .addMethod(setter("transport", EventRuntime.TRANSPORT_BUILDER, "transportBuilder",
                        "A transport to build, e.g. {@code KafkaTransport.bootstrap(\"broker:9093\")}; {@link #tls} is applied to it."))
                .addMethod(setter("tls", EventRuntime.TLS_CONFIG, "tls",
                        "TLS for the broker connection, applied to the transport builder."))
                .addMethod(setter("observer", EventRuntime.OBSERVER, "observer",
                        "Monitoring hooks called for every send and every received message; defaults to none."))
                .addMethod(setter("group", ClassName.get(String.class), "group",
                        "The consumer group of the handlers, unless the contract fixes one; defaults to none (each"
                                + " subscription gets every message; Kafka needs a group)."))
                .addMethod(setter("deliveryPolicy", EventRuntime.DELIVERY_POLICY, "policy",
                        "How often a failing handler is retried, and with which backoff; defaults to {@code DeliveryPolicy.defaults()}."))
                .addMethod(setter("deadLetters", EventRuntime.DEAD_LETTERS, "deadLetters",
                        "Where a message goes after its handler failed on every attempt; defaults to logging it."))
                .addMethods(requestTimeout())
                .addMethod(build())
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
        return List.of(setter("requestTimeout", ClassName.get(Duration.class), "requestTimeout",
                "How long a request waits for its reply unless the call says otherwise; defaults to 30 seconds."));
    }

    private static FieldSpec nullable(TypeName type, String name) {
        // A type-use annotation: on a nested type it must stand before the simple name (EventTransport.@Nullable Builder).
        return FieldSpec.builder(type.annotated(com.palantir.javapoet.AnnotationSpec.builder(EventRuntime.NULLABLE).build()),
                name, Modifier.PRIVATE).build();
    }

    private MethodSpec setter(String name, TypeName type, String field, String doc) {
        return MethodSpec.methodBuilder(name)
                .addJavadoc("$L\n\n@return this builder\n", doc)
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
                        + "@throws IllegalStateException naming the setting that cannot be honoured\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(plan.eventsClass())
                .addStatement("$T built", EventRuntime.EVENT_TRANSPORT)
                .beginControlFlow("if (transportBuilder != null)")
                .beginControlFlow("if (tls != null)")
                .addStatement("transportBuilder.tls(tls)")
                .endControlFlow()
                .addStatement("built = transportBuilder.build()")
                .nextControlFlow("else if (tls != null)")
                .addStatement("throw new $T($S)", IllegalStateException.class, "tls: set the transport as a builder"
                        + " (e.g. KafkaTransport.bootstrap(...)) so that TLS can be applied to it")
                .nextControlFlow("else")
                .addStatement("built = transport != null ? transport : $T.create()", EventRuntime.IN_MEMORY)
                .endControlFlow()
                .addStatement("return new $T(new $T(built, observer, $S), group, policy, deadLetters$L)",
                        plan.eventsClass(), EventRuntime.EVENT_CLIENT, plan.context().service().name(),
                        plan.hasRequests() ? ", requestTimeout" : "")
                .build();
    }
}
