package io.github.contractgen.generator.emit.events;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import io.github.contractgen.generator.model.EventOperation;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.lang.model.element.Modifier;

/**
 * How payloads, keys and headers become bytes and text and back: JSON through the events class's codec
 * (strict, or lenient when built with {@code lenientDecoding()}),
 * raw bytes for schema formats contractgen does not read, UTF-8 for plain text. Typed headers travel
 * as one text value per property (objects as JSON text) and are read back by the same codec, which
 * turns {@code "42"} into a number where the record wants one.
 */
final class Codecs {

    private Codecs() {}

    /**
     * The payload as bytes. A JSON payload that lacks a required value is refused by the codec before
     * anything is sent, with an {@code IllegalArgumentException} naming the operation, its channel and
     * the property's JSON path.
     */
    static CodeBlock encodePayload(EventsPlan plan, EventOperation operation, EventOperation.Message message, String variable) {
        if (plan.isBinary(message.payload())) {
            return CodeBlock.of("$L", variable);
        }
        if (plan.isPlainText(message.payload(), message.contentType())) {
            return CodeBlock.of("$L.getBytes($T.UTF_8)", variable, StandardCharsets.class);
        }
        return CodeBlock.of("codec.encode($L, $S)", variable,
                "operation '" + operation.id() + "' on '" + operation.address() + "', not sent");
    }

    static CodeBlock decodePayload(EventsPlan plan, EventOperation.Message message, String bytes) {
        if (plan.isBinary(message.payload())) {
            return CodeBlock.of("$L", bytes);
        }
        if (plan.isPlainText(message.payload(), message.contentType())) {
            return CodeBlock.of("new String($L, $T.UTF_8)", bytes, StandardCharsets.class);
        }
        return CodeBlock.of("codec.decode($L, $L)", bytes, plan.jsonType(message.payload()));
    }

    /**
     * The payload of the received {@code message} (a variable of the generated code), decoded. JSON goes
     * through {@code IncomingMessage.decode}, so that a payload that breaks the contract is a
     * {@code MalformedMessageException}, dead-lettered at once; text and bytes cannot fail.
     */
    static CodeBlock receivedPayload(EventsPlan plan, EventOperation.Message message) {
        if (plan.isBinary(message.payload()) || plan.isPlainText(message.payload(), message.contentType())) {
            return decodePayload(plan, message, "message.payload()");
        }
        return CodeBlock.of("message.decode($S, m -> $L)", "payload", decodePayload(plan, message, "m.payload()"));
    }

    /** The headers of the received {@code message}, decoded as {@link #receivedPayload} is; the text map when untyped. */
    static CodeBlock receivedHeaders(EventsPlan plan, EventOperation.Message message) {
        return message.headers()
                .map(type -> CodeBlock.of("message.decode($S, m -> decodeHeaders(m.headers(), $L))", "headers",
                        plan.jsonType(type)))
                .orElse(CodeBlock.of("message.headers()"));
    }

    /** Waits for a reply; errors are rethrown as they are, so a timeout stays a {@code ReplyTimeoutException}. */
    static MethodSpec awaitReply() {
        TypeVariableName t = TypeVariableName.get("T");
        return MethodSpec.methodBuilder("awaitReply")
                .addJavadoc("Waits for a reply; a missing reply or broker error is rethrown as it is.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addTypeVariable(t)
                .returns(t)
                .addParameter(ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), t), "reply")
                .beginControlFlow("try")
                .addStatement("return reply.join()")
                .nextControlFlow("catch ($T e)", CompletionException.class)
                .beginControlFlow("if (e.getCause() instanceof RuntimeException cause)")
                .addStatement("throw cause")
                .endControlFlow()
                .addStatement("throw new $T(\"request failed\", e.getCause())", EventRuntime.TRANSPORT_EXCEPTION)
                .endControlFlow()
                .build();
    }

    /** The private helpers the events class uses: none is written that no member calls. */
    static List<MethodSpec> methods(EventsPlan plan) {
        List<EventsPlan.OperationView> views = plan.operations();
        boolean sends = views.stream().anyMatch(EventsPlan.OperationView::produces);
        boolean readsHeaders = views.stream().anyMatch(view -> !view.produces() && view.operation().message().headers().isPresent());
        // Producers wait for their sends in send(...); repliers for each reply they send back.
        boolean awaits = views.stream().anyMatch(view -> view.produces() != view.reply().isPresent());
        List<MethodSpec> all = helpers();
        List<MethodSpec> used = new java.util.ArrayList<>();
        if (sends) {
            used.add(all.get(0));
        }
        if (readsHeaders) {
            used.add(all.get(1));
        }
        if (awaits) {
            used.add(all.get(2));
        }
        return used;
    }

    /** encodeHeaders, decodeHeaders and await, in this order. */
    private static List<MethodSpec> helpers() {
        TypeName stringMap = EventsPlan.stringMap();
        TypeName objectMap = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), ClassName.OBJECT);
        TypeVariableName t = TypeVariableName.get("T");
        MethodSpec encodeHeaders = MethodSpec.methodBuilder("encodeHeaders")
                .addJavadoc("The headers as text, one value per property (objects as JSON); a new map the caller may add to.\n"
                        + "A required header that is null is refused, but for those in {@code filledLater}: the caller fills them in.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(stringMap)
                .addParameter(Object.class, "headers")
                .addParameter(ParameterizedTypeName.get(Set.class, String.class), "filledLater")
                .addStatement("$T text = new $T<>()", stringMap, LinkedHashMap.class)
                .addStatement("$T codec = $T.shared()", EventRuntime.JSON_CODEC, EventRuntime.JSON_CODEC)
                .addStatement("$T values = codec.decode(codec.encodeFilledLater(headers, filledLater), $T.mapOf($T.of(Object.class)))",
                        objectMap, EventRuntime.JSON_TYPE, EventRuntime.JSON_TYPE)
                .addStatement("values.forEach((name, value) -> text.put(name, value instanceof String s ? s"
                        + " : codec.encodeToString(value)))")
                .addStatement("return text")
                .build();
        MethodSpec decodeHeaders = MethodSpec.methodBuilder("decodeHeaders")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addTypeVariable(t)
                .returns(t)
                .addParameter(stringMap, "headers")
                .addParameter(ParameterizedTypeName.get(EventRuntime.JSON_TYPE, t), "type")
                .addStatement("$T codec = $T.shared()", EventRuntime.JSON_CODEC, EventRuntime.JSON_CODEC)
                .addStatement("return codec.decode(codec.encode(headers), type)")
                .build();
        MethodSpec await = MethodSpec.methodBuilder("await")
                .addJavadoc("Waits for a send; broker errors are rethrown as they are.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), ClassName.get(Void.class)), "sent")
                .beginControlFlow("try")
                .addStatement("sent.join()")
                .nextControlFlow("catch ($T e)", CompletionException.class)
                .beginControlFlow("if (e.getCause() instanceof RuntimeException cause)")
                .addStatement("throw cause")
                .endControlFlow()
                .addStatement("throw new $T(\"send failed\", e.getCause())", EventRuntime.TRANSPORT_EXCEPTION)
                .endControlFlow()
                .build();
        return List.of(encodeHeaders, decodeHeaders, await);
    }
}
