package io.github.contractgen.generator.emit.events;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.contractgen.generator.emit.model.Javadocs;
import io.github.contractgen.generator.model.EventOperation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javax.lang.model.element.Modifier;

/**
 * Writes the producer of an operation: an inner class with {@code send} (waits for the broker) and
 * {@code sendAsync}, each with and without headers. The address parameters come first, then the
 * Kafka key when the contract declares one, then the payload.
 */
final class ProducerEmitter {

    private static final TypeName FUTURE = ParameterizedTypeName.get(CompletableFuture.class, Void.class);
    /** The most entries {@code Map.of} takes. */
    private static final int MAP_OF_LIMIT = 10;

    private final EventsPlan plan;

    ProducerEmitter(EventsPlan plan) {
        this.plan = plan;
    }

    MethodSpec accessor(EventsPlan.OperationView view) {
        return MethodSpec.methodBuilder(view.member())
                .addJavadoc("$L\n\n<p>Sends on {@code $L} ($L).\n\n@return the sender of these messages; cheap to get, thread-safe\n",
                        summary(view.operation()), Javadocs.escape(view.operation().address()),
                        ConsumerEmitter.contractOperation(view.operation()))
                .addModifiers(Modifier.PUBLIC)
                .returns(view.nested())
                .addStatement("return $L", plan.producerField(view))
                .build();
    }

    /** The one producer of {@code view} the accessor returns: it holds no state of its own. */
    FieldSpec field(EventsPlan.OperationView view) {
        return FieldSpec.builder(view.nested(), plan.producerField(view), Modifier.PRIVATE, Modifier.FINAL)
                .initializer("new $T()", view.nested())
                .build();
    }

    TypeSpec producer(EventsPlan.OperationView view) {
        return TypeSpec.classBuilder(view.nested())
                .addJavadoc("Sends the messages of operation {@code $L}. Thread-safe.\n", Javadocs.escape(view.operation().id()))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(sync(view, false))
                .addMethod(sync(view, true))
                .addMethod(asyncWithout(view))
                .addMethod(async(view))
                .build();
    }

    static List<ParameterSpec> parameters(EventsPlan.OperationView view, boolean headers) {
        List<ParameterSpec> parameters = new ArrayList<>();
        view.parameters().forEach(name -> parameters.add(ParameterSpec.builder(String.class, name).build()));
        view.key().ifPresent(key -> parameters.add(ParameterSpec.builder(key, "key").addAnnotation(EventRuntime.NULLABLE).build()));
        parameters.add(ParameterSpec.builder(view.payload(), "payload").build());
        if (headers) {
            parameters.add(ParameterSpec.builder(view.headersType(), "headers").addAnnotation(EventRuntime.NULLABLE).build());
        }
        return parameters;
    }

    static String arguments(List<ParameterSpec> parameters, String extra) {
        List<String> names = new ArrayList<>();
        parameters.forEach(parameter -> names.add(parameter.name()));
        if (extra != null) {
            names.add(extra);
        }
        return String.join(", ", names);
    }

    private MethodSpec sync(EventsPlan.OperationView view, boolean headers) {
        List<ParameterSpec> parameters = parameters(view, headers);
        return MethodSpec.methodBuilder("send")
                .addJavadoc("Sends one message and waits until the broker has it.\n\n")
                .addJavadoc(paramDocs(view, parameters))
                .addJavadoc("@throws io.github.contractgen.runtime.TransportException when the broker did not take it\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameters(parameters)
                .addStatement("await(sendAsync($L))", arguments(parameters, null))
                .build();
    }

    private MethodSpec asyncWithout(EventsPlan.OperationView view) {
        List<ParameterSpec> parameters = parameters(view, false);
        return MethodSpec.methodBuilder("sendAsync")
                .addJavadoc("Sends one message without headers; the future fails when the broker did not take it.\n\n")
                .addJavadoc(paramDocs(view, parameters))
                .addJavadoc("@return completes once the broker has the message\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(FUTURE)
                .addParameters(parameters)
                .addStatement("return sendAsync($L)", arguments(parameters, "null"))
                .build();
    }

    private MethodSpec async(EventsPlan.OperationView view) {
        EventOperation operation = view.operation();
        EventOperation.Message message = operation.message();
        MethodSpec.Builder method = MethodSpec.methodBuilder("sendAsync")
                .addJavadoc("Sends one message; the future fails when the broker did not take it.\n\n")
                .addJavadoc(paramDocs(view, parameters(view, true)))
                .addJavadoc("@return completes once the broker has the message\n")
                .addJavadoc(refusal(message))
                .addModifiers(Modifier.PUBLIC)
                .returns(FUTURE)
                .addParameters(parameters(view, true))
                .addStatement("$T.requireNonNull(payload, $S)", Objects.class, "payload")
                .addCode(values(plan, view));
        correlationHeader(view).ifPresentOrElse(header -> method.addCode(textWithCorrelationId(header)),
                () -> method.addCode(text(view)));
        CodeBlock key = view.key().isEmpty() ? CodeBlock.of("null") : keyBytes(view.key().get());
        method.addStatement("$T message = new $T($L, $L, text, $L, $S, $L)", EventRuntime.OUTGOING,
                EventRuntime.OUTGOING, plan.addresses().expand(view), key, Codecs.encodePayload(plan, operation, message, "payload"), message.contentType(),
                EventsClassEmitter.mapOf(operation.bindings()));
        return method.addStatement("return client.send($S, $S, message)", operation.id(), operation.address()).build();
    }

    /** A JSON payload is checked before it is sent; other payloads are bytes or text the contract does not describe. */
    private CodeBlock refusal(EventOperation.Message message) {
        return plan.isBinary(message.payload()) || plan.isPlainText(message.payload(), message.contentType())
                ? CodeBlock.of("")
                : CodeBlock.of("@throws IllegalArgumentException when the payload lacks a value the contract requires,"
                        + " naming its JSON path: nothing is sent\n");
    }

    /**
     * The address parameters by name, each checked: not null, and one of the contract's enum values where
     * it lists them (a typo would otherwise send to a topic nobody reads). Nothing without parameters.
     * The values are checked against null before they go into the map, so {@code Map.of} (which has
     * forms for up to {@value #MAP_OF_LIMIT} entries) never sees one.
     */
    static CodeBlock values(EventsPlan plan, EventsPlan.OperationView view) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (view.parameters().isEmpty()) {
            return code.build();
        }
        List<CodeBlock> entries = new ArrayList<>();
        for (int i = 0; i < view.parameters().size(); i++) {
            String local = view.parameters().get(i);
            EventOperation.Parameter parameter = view.operation().parameters().get(i);
            code.addStatement("$T.requireNonNull($L, $S)", Objects.class, local, local);
            if (!parameter.allowedValues().isEmpty()) {
                code.beginControlFlow("if (!$L.contains($L))", plan.addresses().allowedValues(parameter), local)
                        .addStatement("throw new $T($S + $L)", IllegalArgumentException.class,
                                local + " must be one of " + String.join(", ", parameter.allowedValues().stream().distinct().toList())
                                        + ", was ", local)
                        .endControlFlow();
            }
            entries.add(CodeBlock.of("$S, $L", parameter.name(), local));
        }
        if (entries.size() <= MAP_OF_LIMIT) {
            return code.addStatement("$T values = $T.of($L)", EventsPlan.stringMap(), Map.class, CodeBlock.join(entries, ", "))
                    .build();
        }
        code.addStatement("$T values = new $T<>()", EventsPlan.stringMap(), LinkedHashMap.class);
        entries.forEach(entry -> code.addStatement("values.put($L)", entry));
        return code.build();
    }

    /**
     * The header that carries the correlation id the sending side fills in when the caller leaves it out:
     * the producer for a message that declares one in its headers, the runtime for every request.
     */
    static Optional<String> correlationHeader(EventsPlan.OperationView view) {
        return view.reply().map(ReplyView::correlationHeader).or(() -> view.operation().message().correlationId()
                .filter(EventOperation.CorrelationId::inHeaders).map(EventOperation.CorrelationId::property));
    }

    /**
     * The text headers of a send: none unless given. The correlation header of a request may be null in
     * the given headers, since the runtime fills it in.
     */
    static CodeBlock text(EventsPlan.OperationView view) {
        return CodeBlock.builder()
                .addStatement("$T text = headers == null ? $T.of() : encodeHeaders(headers, $L)", EventsPlan.stringMap(),
                        Map.class, filledLater(correlationHeader(view)))
                .build();
    }

    /**
     * The text headers with a new correlation id unless the given headers carry one; no copy without
     * headers. The encoding lets the correlation header be null, however required, so that it is filled.
     */
    private static CodeBlock textWithCorrelationId(String header) {
        return CodeBlock.builder()
                .addStatement("$T text", EventsPlan.stringMap())
                .beginControlFlow("if (headers == null)")
                .addStatement("text = $T.of($S, $T.next())", Map.class, header, EventRuntime.CORRELATION_IDS)
                .nextControlFlow("else")
                .addStatement("text = encodeHeaders(headers, $L)", filledLater(Optional.of(header)))
                .addStatement("text.putIfAbsent($S, $T.next())", header, EventRuntime.CORRELATION_IDS)
                .endControlFlow()
                .build();
    }

    /** {@code Set.of("correlationId")}: the headers that may be null when encoded, since they are filled in after. */
    private static CodeBlock filledLater(Optional<String> header) {
        return header.map(name -> CodeBlock.of("$T.of($S)", Set.class, name)).orElse(CodeBlock.of("$T.of()", Set.class));
    }

    /** One {@code @param} line per parameter: what it is, from the contract where it says. */
    static CodeBlock paramDocs(EventsPlan.OperationView view, List<ParameterSpec> parameters) {
        CodeBlock.Builder doc = CodeBlock.builder();
        for (ParameterSpec parameter : parameters) {
            doc.add("@param $L $L\n", parameter.name(), describe(view, parameter.name()));
        }
        return doc.build();
    }

    static String describe(EventsPlan.OperationView view, String name) {
        int index = view.parameters().indexOf(name);
        if (index >= 0) {
            EventOperation.Parameter parameter = view.operation().parameters().get(index);
            String text = parameter.description().isBlank() ? "the {@code " + Javadocs.escape(parameter.name())
                    + "} part of the address" : Javadocs.escape(stripPeriod(parameter.description().strip()));
            // Each value escaped on its own: escaping the joined text would turn the joiner's {@code into &#64;code.
            return parameter.allowedValues().isEmpty() ? text : text + "; one of {@code " + String.join("}, {@code ",
                    parameter.allowedValues().stream().map(Javadocs::escape).toList()) + "}";
        }
        return switch (name) {
            case "key" -> "the message key, as the contract's Kafka binding declares it: messages with one key keep"
                    + " their order; null for none";
            case "payload" -> "the message";
            case "headers" -> "the headers, or null for none" + correlationHeader(view).map(header -> view.headers().isPresent()
                    ? "; a null {@code " + Javadocs.escape(header) + "}, even where the contract requires it, is sent as a new correlation id"
                    : "; without a {@code " + Javadocs.escape(header) + "} entry, a new correlation id is sent in it").orElse("");
            case "timeout" -> "how long to wait for the reply";
            default -> "the {@code " + name + "}";
        };
    }

    /** A description without its closing period, so that a clause can follow it. */
    private static String stripPeriod(String text) {
        return text.endsWith(".") && !text.endsWith("..") ? text.substring(0, text.length() - 1) : text;
    }

    static CodeBlock keyBytes(TypeName key) {
        if (key.equals(TypeName.get(String.class))) {
            return CodeBlock.of("key == null ? null : key.getBytes($T.UTF_8)", java.nio.charset.StandardCharsets.class);
        }
        return CodeBlock.of("key == null ? null : $T.shared().encode(key)", EventRuntime.JSON_CODEC);
    }

    static String summary(EventOperation operation) {
        String text = !operation.summary().isBlank() ? operation.summary() : operation.description();
        return text.isBlank() ? "Operation {@code " + Javadocs.escape(operation.id()) + "}." : Javadocs.escape(text.strip());
    }

    static Map<String, String> none() {
        return Map.of();
    }
}
