package io.github.contractgen.generator.emit.events;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.contractgen.generator.emit.model.Javadocs;
import io.github.contractgen.generator.model.Service;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Service>Events}: the entry point holding one {@code EventClient}, with a producer
 * accessor or a handler registration per operation, its builder and the codec helpers they share.
 */
final class EventsClassEmitter {

    /** The fields {@link #emit} gives every events class; the producers' fields take other names. */
    static final Set<String> OWN_FIELDS = Set.of("client", "group", "policy", "deadLetters", "codec", "requestTimeout");

    private final EventsPlan plan;

    EventsClassEmitter(EventsPlan plan) {
        this.plan = plan;
    }

    TypeSpec emit() {
        ClassName events = plan.eventsClass();
        TypeSpec.Builder type = TypeSpec.classBuilder(events)
                .addAnnotation(plan.generated())
                .addJavadoc(javadoc())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(AutoCloseable.class)
                .addField(FieldSpec.builder(EventRuntime.EVENT_CLIENT, "client", Modifier.PRIVATE, Modifier.FINAL).build())
                .addField(FieldSpec.builder(String.class, "group", Modifier.PRIVATE, Modifier.FINAL)
                        .addAnnotation(EventRuntime.NULLABLE).build())
                .addField(FieldSpec.builder(EventRuntime.DELIVERY_POLICY, "policy", Modifier.PRIVATE, Modifier.FINAL).build())
                .addField(FieldSpec.builder(EventRuntime.DEAD_LETTERS, "deadLetters", Modifier.PRIVATE, Modifier.FINAL).build())
                .addField(FieldSpec.builder(EventRuntime.JSON_CODEC, "codec", Modifier.PRIVATE, Modifier.FINAL)
                        .addJavadoc("Encodes payloads, refusing one that lacks a required value, and decodes them: strictly, or leniently when built so.\n")
                        .build())
                .addMethod(constructor())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addJavadoc("A builder: TLS by default; the in-memory transport unless a transport or config is set.\n\n"
                                + "@return a builder with nothing set yet\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(events.nestedClass("Builder"))
                        .addStatement("return new Builder()")
                        .build());
        if (plan.hasRequests()) {
            type.addField(FieldSpec.builder(Duration.class, "requestTimeout", Modifier.PRIVATE, Modifier.FINAL).build());
        }
        plan.addresses().fields().forEach(type::addField);
        ProducerEmitter producers = new ProducerEmitter(plan);
        ConsumerEmitter consumers = new ConsumerEmitter(plan);
        for (EventsPlan.OperationView operation : plan.operations()) {
            if (operation.reply().isPresent()) {
                addRequestReply(type, operation);
            } else if (operation.produces()) {
                type.addField(producers.field(operation));
                type.addMethod(producers.accessor(operation));
                type.addType(producers.producer(operation));
            } else {
                type.addMethod(consumers.registration(operation));
                type.addType(consumers.handler(operation));
            }
        }
        type.addMethod(MethodSpec.methodBuilder("close")
                .addJavadoc("Closes every subscription (draining messages in flight), then the transport.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addStatement("client.close()")
                .build());
        Codecs.methods(plan).forEach(type::addMethod);
        if (plan.hasRequests()) {
            type.addMethod(Codecs.awaitReply());
        }
        type.addMethod(spec());
        type.addType(new EventsBuilderEmitter(plan).emit());
        return type.build();
    }

    private void addRequestReply(TypeSpec.Builder type, EventsPlan.OperationView operation) {
        if (operation.produces()) {
            ProducerEmitter producers = new ProducerEmitter(plan);
            type.addField(producers.field(operation));
            type.addMethod(producers.accessor(operation));
            type.addType(new RequestEmitter(plan).producer(operation));
        } else {
            ReplierEmitter repliers = new ReplierEmitter(plan);
            type.addMethod(repliers.registration(operation));
            type.addType(repliers.handler(operation));
        }
    }

    private String javadoc() {
        Service service = plan.context().service();
        String title = service.title().isBlank() ? service.name() : service.title();
        return "Producers and consumers for " + Javadocs.escape(title) + ", over a pluggable transport.\n\n"
                + "<p>This side sends what the contract's application receives and receives what it sends."
                + " Handlers run on the transport's threads; a handler that throws (anything) is retried by the"
                + " delivery policy and then handed to the dead-letter handler. A message that does not decode"
                + " into the contract's types goes to the dead-letter handler at once, and the handler never sees"
                + " it. Thread-safe; close it to stop.\n";
    }

    private MethodSpec constructor() {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(EventRuntime.EVENT_CLIENT, "client")
                .addParameter(com.palantir.javapoet.ParameterSpec.builder(String.class, "group")
                        .addAnnotation(EventRuntime.NULLABLE).build())
                .addParameter(EventRuntime.DELIVERY_POLICY, "policy")
                .addParameter(EventRuntime.DEAD_LETTERS, "deadLetters")
                .addParameter(EventRuntime.JSON_CODEC, "codec")
                .addStatement("this.client = client")
                .addStatement("this.group = group")
                .addStatement("this.policy = policy")
                .addStatement("this.deadLetters = deadLetters")
                .addStatement("this.codec = codec");
        if (plan.hasRequests()) {
            constructor.addParameter(Duration.class, "requestTimeout").addStatement("this.requestTimeout = requestTimeout");
        }
        return constructor.build();
    }

    /** The subscription of one operation: the contract's group wins over the builder's. */
    private MethodSpec spec() {
        return MethodSpec.methodBuilder("spec")
                .addModifiers(Modifier.PRIVATE)
                .returns(EventRuntime.SUBSCRIPTION_SPEC)
                .addParameter(String.class, "address")
                .addParameter(com.palantir.javapoet.ParameterSpec.builder(String.class, "fixedGroup")
                        .addAnnotation(EventRuntime.NULLABLE).build())
                .addParameter(EventsPlan.stringMap(), "bindings")
                .addStatement("return $T.of(address, fixedGroup != null ? fixedGroup : group)"
                        + ".withPolicy(policy).withDeadLetters(deadLetters).withBindings(bindings)",
                        EventRuntime.SUBSCRIPTION_SPEC)
                .build();
    }

    static com.palantir.javapoet.CodeBlock mapOf(Map<String, String> entries) {
        com.palantir.javapoet.CodeBlock.Builder code = com.palantir.javapoet.CodeBlock.builder().add("$T.of(", Map.class);
        boolean first = true;
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            code.add(first ? "$S, $S" : ", $S, $S", entry.getKey(), entry.getValue());
            first = false;
        }
        return code.add(")").build();
    }
}
