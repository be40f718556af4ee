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
 * Writes the consumer side of an operation: a handler interface taking the address parameters, the
 * payload and the headers, decoded, and the {@code on<Operation>(handler)} registration.
 */
final class ConsumerEmitter {

    private final EventsPlan plan;

    ConsumerEmitter(EventsPlan plan) {
        this.plan = plan;
    }

    TypeSpec handler(EventsPlan.OperationView view) {
        MethodSpec.Builder handle = MethodSpec.methodBuilder("handle")
                .addJavadoc("Handles one message; returning acknowledges it, throwing asks for another attempt.\n\n");
        return handlerInterface(view, handle, "Handles the messages", "");
    }

    MethodSpec registration(EventsPlan.OperationView view) {
        EventOperation operation = view.operation();
        return subscribing(plan, view, CodeBlock.of("$L\n\n<p>Receives from {@code $L} ($L); close the subscription to stop.\n",
                        ProducerEmitter.summary(operation), Javadocs.escape(operation.address()), contractOperation(operation)))
                .addCode(decoding(plan, view))
                .addStatement("handler.handle($Lpayload, headers)", arguments(operation))
                .addCode("$<});\n")
                .build();
    }

    /**
     * The handler interface of a consumer or replier: {@code handle(<address parameters>, payload, headers)},
     * whose Javadoc and return type {@code handle} already has.
     */
    static TypeSpec handlerInterface(EventsPlan.OperationView view, MethodSpec.Builder handle, String what,
            String returnTag) {
        handle.addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT).addException(Exception.class);
        view.parameters().forEach(name -> handle.addParameter(String.class, name)
                .addJavadoc("@param $L $L\n", name, ProducerEmitter.describe(view, name)));
        handle.addJavadoc("@param payload the message, decoded\n@param headers the message's headers, decoded\n$L"
                + "@throws Exception to have the message delivered again, as the delivery policy allows\n", returnTag);
        handle.addParameter(view.payload(), "payload");
        handle.addParameter(view.headersType(), "headers");
        return TypeSpec.interfaceBuilder(view.nested())
                .addJavadoc("$L of operation {@code $L}.\n", what, Javadocs.escape(view.operation().id()))
                .addAnnotation(FunctionalInterface.class)
                .addModifiers(Modifier.PUBLIC)
                .addMethod(handle.build())
                .build();
    }

    /**
     * The start of a consumer's or replier's {@code on<Operation>(handler)}: the handler checked, the
     * subscription opened and, for an address with parameters, their {@code values} read from the
     * message's address. The caller adds the message's handling and closes the lambda with {@code $<});}.
     */
    static MethodSpec.Builder subscribing(EventsPlan plan, EventsPlan.OperationView view, CodeBlock javadoc) {
        EventOperation operation = view.operation();
        MethodSpec.Builder method = MethodSpec.methodBuilder(view.member())
                .addJavadoc(javadoc)
                .addJavadoc("\n@param handler called for each message received\n@return the subscription,"
                        + " open until closed\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(EventRuntime.SUBSCRIPTION)
                .addParameter(ParameterSpec.builder(view.nested(), "handler").build())
                .addStatement("$T.requireNonNull(handler, $S)", Objects.class, "handler")
                .addCode("return client.subscribe($S, $L, message -> {\n$>", operation.id(), spec(operation));
        if (!view.parameters().isEmpty()) {
            method.addStatement("$T values = $L.parameters(message.address())", EventsPlan.stringMap(),
                    plan.addresses().pattern(view));
        }
        return method;
    }

    /**
     * The received {@code message} decoded into the locals {@code payload} and {@code headers}, before the
     * handler is called: what does not decode is dead-lettered at once and never reaches the handler.
     */
    static CodeBlock decoding(EventsPlan plan, EventsPlan.OperationView view) {
        EventOperation.Message message = view.operation().message();
        return CodeBlock.builder()
                .addStatement("$T payload = $L", view.payload(), Codecs.receivedPayload(plan, message))
                .addStatement("$T headers = $L", view.headersType(), Codecs.receivedHeaders(plan, message))
                .build();
    }

    /** {@code spec("address", group, bindings)}: the subscription of {@code operation}. */
    static CodeBlock spec(EventOperation operation) {
        return CodeBlock.of("spec($S, $L, $L)", operation.address(),
                operation.group().map(g -> CodeBlock.of("$S", g)).orElse(CodeBlock.of("null")),
                EventsClassEmitter.mapOf(operation.bindings()));
    }

    /** The address parameter values as handler arguments, each followed by a comma. */
    static String arguments(EventOperation operation) {
        StringBuilder arguments = new StringBuilder();
        for (EventOperation.Parameter parameter : operation.parameters()) {
            arguments.append("values.get(\"").append(parameter.name().replace("\\", "\\\\").replace("\"", "\\\""))
                    .append("\"), ");
        }
        return arguments.toString();
    }

    /** Which operation of the contract a member stands for, seen from the contract's application. */
    static String contractOperation(EventOperation operation) {
        return "the contract's operation {@code " + Javadocs.escape(operation.id()) + "}, which its application "
                + (operation.generatedCodeSends() ? "receives" : "sends");
    }
}
