package io.github.contractgen.generator.emit.events;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.contractgen.generator.emit.model.Javadocs;
import io.github.contractgen.generator.model.EventOperation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.lang.model.element.Modifier;

/**
 * Writes both sides of a request/reply operation (AsyncAPI 3.0 {@code reply}): on the requesting side
 * a producer whose {@code request} waits for the typed reply and {@code requestAsync} returns it as a
 * future; on the replying side a handler that returns the reply and a registration that sends it back.
 * Both sides describe the exchange with the same {@code RequestSpec}, built by {@link #exchange}.
 */
final class RequestEmitter {

    private final EventsPlan plan;

    RequestEmitter(EventsPlan plan) {
        this.plan = plan;
    }

    TypeSpec producer(EventsPlan.OperationView view) {
        ReplyView reply = view.reply().orElseThrow();
        TypeSpec.Builder type = TypeSpec.classBuilder(view.nested())
                .addJavadoc("Sends the requests of operation {@code $L} and waits for their replies. Thread-safe.\n",
                        Javadocs.escape(view.operation().id()))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        return type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(sync(view, false))
                .addMethod(sync(view, true))
                .addMethod(asyncWithDefaults(view))
                .addMethod(async(view))
                .build();
    }

    private static List<ParameterSpec> parameters(EventsPlan.OperationView view, boolean full) {
        List<ParameterSpec> parameters = new ArrayList<>(ProducerEmitter.parameters(view, full));
        if (full) {
            parameters.add(ParameterSpec.builder(Duration.class, "timeout").build());
        }
        return parameters;
    }

    private MethodSpec sync(EventsPlan.OperationView view, boolean full) {
        List<ParameterSpec> parameters = parameters(view, full);
        return MethodSpec.methodBuilder("request")
                .addJavadoc("Sends one request and waits for its reply$L.\n\n",
                        full ? ", at most {@code timeout}" : ", at most the builder's request timeout")
                .addJavadoc(ProducerEmitter.paramDocs(view, parameters))
                .addJavadoc("@return the reply\n"
                        + "@throws io.github.contractgen.runtime.events.ReplyTimeoutException when no reply came in time\n"
                        + "@throws io.github.contractgen.runtime.TransportException when the request could not be sent\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(view.reply().orElseThrow().payload())
                .addParameters(parameters)
                .addStatement("return awaitReply(requestAsync($L))", ProducerEmitter.arguments(parameters, null))
                .build();
    }

    private MethodSpec asyncWithDefaults(EventsPlan.OperationView view) {
        List<ParameterSpec> parameters = parameters(view, false);
        return MethodSpec.methodBuilder("requestAsync")
                .addJavadoc("Sends one request without headers; the future completes with the reply, or fails when"
                        + " none came within the builder's request timeout.\n\n")
                .addJavadoc(ProducerEmitter.paramDocs(view, parameters))
                .addJavadoc("@return completes with the reply\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(future(view))
                .addParameters(parameters)
                .addStatement("return requestAsync($L)", ProducerEmitter.arguments(parameters, "null, requestTimeout"))
                .build();
    }

    private MethodSpec async(EventsPlan.OperationView view) {
        EventOperation operation = view.operation();
        EventOperation.Message message = operation.message();
        ReplyView reply = view.reply().orElseThrow();
        MethodSpec.Builder method = MethodSpec.methodBuilder("requestAsync")
                .addJavadoc("Sends one request; the future completes with the reply, or fails with a"
                        + " {@code ReplyTimeoutException} when none came within {@code timeout}.\n\n")
                .addJavadoc(ProducerEmitter.paramDocs(view, parameters(view, true)))
                .addJavadoc("@return completes with the reply\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(future(view))
                .addParameters(parameters(view, true))
                .addStatement("$T.requireNonNull(payload, $S)", Objects.class, "payload")
                .addStatement("$T.requireNonNull(timeout, $S)", Objects.class, "timeout")
                .addCode(ProducerEmitter.values(plan, view))
                .addCode(ProducerEmitter.text(view));
        CodeBlock key = view.key().isEmpty() ? CodeBlock.of("null") : ProducerEmitter.keyBytes(view.key().get());
        method.addStatement("$T message = new $T($L, $L, text, $L, $S, $L)", EventRuntime.OUTGOING,
                EventRuntime.OUTGOING, plan.addresses().expand(view), key, Codecs.encodePayload(plan, operation, message, "payload"), message.contentType(),
                EventsClassEmitter.mapOf(operation.bindings()));
        CodeBlock replyAddress = reply.usesInbox() ? CodeBlock.of("client.inbox($S)", operation.id())
                : plan.addresses().expandReply(view);
        return method.addStatement("$T exchange = $L", EventRuntime.REQUEST_SPEC, exchange(reply, replyAddress, "timeout"))
                .addStatement("return client.request($S, $S, message, exchange)\n$>.thenApply(reply -> $L)$<",
                        operation.id(), operation.address(), Codecs.decodePayload(plan, reply.reply().message(), "reply.payload()"))
                .build();
    }

    /** {@code new RequestSpec(...)}: the one description of the exchange both sides share. */
    static CodeBlock exchange(ReplyView reply, CodeBlock replyAddress, String timeout) {
        return CodeBlock.of("new $T($L, $L, $S, $S, $L)", EventRuntime.REQUEST_SPEC, replyAddress,
                reply.addressHeader().map(header -> CodeBlock.of("$S", header)).orElse(CodeBlock.of("null")),
                reply.correlationHeader(), reply.replyCorrelationHeader(), timeout);
    }

    private static TypeName future(EventsPlan.OperationView view) {
        return ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), view.reply().orElseThrow().payload().box());
    }
}
