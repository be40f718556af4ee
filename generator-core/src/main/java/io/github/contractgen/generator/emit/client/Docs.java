package io.github.contractgen.generator.emit.client;

import com.palantir.javapoet.AnnotationSpec;
import io.github.contractgen.generator.emit.EmitContext;
import io.github.contractgen.generator.emit.GeneratedAnnotation;
import io.github.contractgen.generator.emit.model.Javadocs;

/** Javadoc text and the {@code @Generated} marker shared by every client file. */
final class Docs {

    private Docs() {}

    /** The file's {@code @Generated}: see {@link GeneratedAnnotation}. */
    static AnnotationSpec generated(EmitContext context) {
        return GeneratedAnnotation.of(context);
    }

    /** The first sentence-worthy text: the summary, else the description, else {@code fallback}. */
    static String summaryOr(String summary, String description, String fallback) {
        if (!summary.isBlank()) {
            return Javadocs.escape(summary);
        }
        return description.isBlank() ? fallback : Javadocs.escape(description);
    }

    /** The operation being emitted, for {@link io.github.contractgen.generator.emit.EmitFailure}. */
    static String where(OperationView view) {
        return "operation '" + view.operation().id() + "' (" + view.operation().method() + " "
                + view.operation().path() + ")";
    }
}
