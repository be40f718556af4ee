package io.github.contractgen.generator.emit.events;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.contractgen.generator.emit.model.Javadocs;
import io.github.contractgen.generator.model.EventOperation;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes the replying side of a request/reply operation: a handler that takes a request and returns
 * its reply, and the {@code on<Operation>(handler)} registration that decodes each request, calls the
 * handler and sends the reply back to the requester with the request's correlation id. A handler that
 * throws, or a reply that cannot be sent, is retried like any other handler and then dead-lettered.
 */
final class ReplierEmitter {

    private final EventsPlan plan;

    ReplierEmitter(EventsPlan plan) {
        this.plan = plan;
    }

    TypeSpec handler(EventsPlan.OperationView view) {
        MethodSpec.Builder handle = MethodSpec.methodBuilder("handle")
                .addJavadoc("Answers one request; the reply returned is sent to the requester, throwing asks for"
                        + " another attempt.\n\n")
                .returns(view.reply().orElseThrow().payload());
        return ConsumerEmitter.handlerInterface(view, handle, "Answers the requests",
                "@return the reply, never null\n");
    }

    MethodSpec registration(EventsPlan.OperationView view) {
        EventOperation operation = view.operation();
        ReplyView reply = view.reply().orElseThrow();
        EventOperation.Message replyMessage = reply.reply().message();
        CodeBlock replyAddress = reply.usesInbox() ? CodeBlock.of("$S", "") : plan.addresses().expandReply(view);
        return ConsumerEmitter.subscribing(plan, view, CodeBlock.of("$L\n\n<p>Receives the requests on {@code $L} ($L)"
                        + " and sends each handler's reply back; close the subscription to stop.\n",
                        ProducerEmitter.summary(operation), Javadocs.escape(operation.address()),
                        ConsumerEmitter.contractOperation(operation)))
                .addCode(ConsumerEmitter.decoding(plan, view))
                .addStatement("$T reply = $T.requireNonNull(handler.handle($Lpayload, headers), $S)", reply.payload(),
                        Objects.class, ConsumerEmitter.arguments(operation),
                        "the handler of operation '" + operation.id() + "' returned no reply")
                .addStatement("$T exchange = $L", EventRuntime.REQUEST_SPEC,
                        RequestEmitter.exchange(reply, replyAddress, "requestTimeout"))
                .addStatement("await(client.reply($S, $S, message, new $T(exchange.replyAddress(), null, $T.of(),\n$>$L, $S, $T.of()), exchange))$<",
                        operation.id(), reply.target(operation), EventRuntime.OUTGOING, java.util.Map.class,
                        Codecs.encodePayload(plan, operation, replyMessage, "reply"), replyMessage.contentType(), java.util.Map.class)
                .addCode("$<});\n")
                .build();
    }
}
