package io.github.contractgen.generator.emit.client;

import com.palantir.javapoet.AnnotationSpec;
import io.github.contractgen.generator.emit.EmitContext;

/** Javadoc text and the {@code @Generated} marker shared by every client file. */
final class Docs {

    private Docs() {}

    /** {@code @Generated(value = "io.github.contractgen", comments = "from petstore.yaml")}: no date, no absolute path. */
    static AnnotationSpec generated(EmitContext context) {
        return AnnotationSpec.builder(RuntimeTypes.GENERATED)
                .addMember("value", "$S", "io.github.contractgen")
                .addMember("comments", "$S", "from " + context.contract().path())
                .build();
    }

    /**
     * Contract text made safe inside a Javadoc comment: {@code *}{@code /} would end the comment and
     * a backslash-u would be read as a unicode escape by javac even inside a comment; {@code @} at a
     * line start would start a block tag. Trailing white space is dropped.
     */
    static String text(String contractText) {
        String text = contractText.strip()
                .replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace("*/", "*&#47;")
                .replace("\\u", "&#92;u");
        StringBuilder safe = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.stripTrailing();
            if (trimmed.stripLeading().startsWith("@")) {
                trimmed = trimmed.replaceFirst("@", "&#64;");
            }
            safe.append(trimmed).append('\n');
        }
        return safe.toString().strip();
    }

    /** The first sentence-worthy text: the summary, else the description, else {@code fallback}. */
    static String summaryOr(String summary, String description, String fallback) {
        if (!summary.isBlank()) {
            return text(summary);
        }
        return description.isBlank() ? fallback : text(description);
    }

    /** The operation being emitted, for {@link io.github.contractgen.generator.emit.EmitFailure}. */
    static String where(OperationView view) {
        return "operation '" + view.operation().id() + "' (" + view.operation().method() + " "
                + view.operation().path() + ")";
    }
}
