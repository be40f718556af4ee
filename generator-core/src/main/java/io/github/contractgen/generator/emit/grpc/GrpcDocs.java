package io.github.contractgen.generator.emit.grpc;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import io.github.contractgen.generator.model.RpcMethod;

/** The {@code @Generated} marker and the Javadoc text shared by every generated gRPC file. */
final class GrpcDocs {

    private GrpcDocs() {}

    /** {@code @Generated(value = "io.github.contractgen", comments = "from greeter.proto")}: no date, no absolute path. */
    static AnnotationSpec generated(RpcEmitContext context) {
        return AnnotationSpec.builder(GrpcTypes.GENERATED)
                .addMember("value", "$S", "io.github.contractgen")
                .addMember("comments", "$S", "from " + context.file().path())
                .build();
    }

    /** The method's comment from the contract, or a sentence naming the RPC; ends without a newline. */
    static String summary(RpcMethod method) {
        return method.description().isBlank()
                ? "Calls {@code " + method.fullMethodName() + "}."
                : text(method.description());
    }

    /** A Javadoc block: the summary, then {@code rest} (each a paragraph or tag lines). */
    static CodeBlock javadoc(String summary, String... rest) {
        CodeBlock.Builder doc = CodeBlock.builder().add("$L\n", summary);
        for (String part : rest) {
            doc.add("\n$L\n", part);
        }
        return doc.build();
    }

    /**
     * Contract text made safe inside a Javadoc comment: a comment end, a backslash-u (read by javac
     * even in comments) and an {@code @} at a line start (a block tag) are escaped; trailing space goes,
     * and each paragraph after the first starts with {@code <p>}.
     */
    static String text(String contractText) {
        String text = contractText.strip().replace("\r\n", "\n").replace('\r', '\n')
                .replace("*/", "*&#47;").replace("\\u", "&#92;u");
        StringBuilder safe = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.stripTrailing();
            if (trimmed.stripLeading().startsWith("@")) {
                trimmed = trimmed.replaceFirst("@", "&#64;");
            }
            safe.append(trimmed).append('\n');
        }
        return safe.toString().strip().replace("\n\n", "\n\n<p>");
    }
}
