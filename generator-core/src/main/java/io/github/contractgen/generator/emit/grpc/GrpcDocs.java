package io.github.contractgen.generator.emit.grpc;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import io.github.contractgen.generator.emit.GeneratedAnnotation;
import io.github.contractgen.generator.emit.model.Javadocs;
import io.github.contractgen.generator.model.RpcMethod;

/** The {@code @Generated} marker and the Javadoc text shared by every generated gRPC file. */
final class GrpcDocs {

    private GrpcDocs() {}

    /** The file's {@code @Generated}: see {@link GeneratedAnnotation}. */
    static AnnotationSpec generated(RpcEmitContext context) {
        return GeneratedAnnotation.of(context.generatorVersion(), context.contractSource());
    }

    /** The method's comment from the contract, or a sentence naming the RPC; ends without a newline. */
    static String summary(RpcMethod method) {
        return method.description().isBlank()
                ? "Calls {@code " + method.fullMethodName() + "}."
                : Javadocs.escape(method.description());
    }

    /**
     * The {@code @deprecated} tag line of a method the contract deprecates (itself or through its service),
     * worded as the model records word it; without the tag javac's doclint warns about {@code @Deprecated}.
     */
    static String deprecatedTag(RpcMethod method) {
        return "@deprecated the contract marks {@code " + method.fullMethodName() + "} as deprecated\n";
    }

    /** The {@code @param request} line of a call that sends one message. */
    static String requestParam() {
        return "@param request the message to send\n";
    }

    /** A Javadoc block: the summary, then {@code rest} (each a paragraph or tag lines). */
    static CodeBlock javadoc(String summary, String... rest) {
        CodeBlock.Builder doc = CodeBlock.builder().add("$L\n", summary);
        for (String part : rest) {
            doc.add("\n$L\n", part);
        }
        return doc.build();
    }
}
