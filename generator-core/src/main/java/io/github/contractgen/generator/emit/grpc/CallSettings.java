package io.github.contractgen.generator.emit.grpc;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import javax.lang.model.element.Modifier;

/**
 * The members both facades share: the channel the calls go through and the deadline of each call, and
 * the method that turns them into a call's options (the deadline counts from the call's start).
 */
final class CallSettings {

    private CallSettings() {}

    static FieldSpec callsField() {
        return FieldSpec.builder(GrpcTypes.CHANNEL, "calls", Modifier.PRIVATE, Modifier.FINAL).build();
    }

    static FieldSpec deadlineField() {
        return FieldSpec.builder(GrpcTypes.DURATION, "deadline", Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("Each call's own deadline, or null for the channel's default (unary calls only).\n")
                .build();
    }

    static MethodSpec optionsMethod() {
        return MethodSpec.methodBuilder("options")
                .addModifiers(Modifier.PRIVATE)
                .returns(GrpcTypes.CALL_OPTIONS)
                .addStatement("return deadline == null ? $T.DEFAULT\n: $T.DEFAULT.withDeadlineAfter(deadline.toNanos(), $T.NANOSECONDS)",
                        GrpcTypes.CALL_OPTIONS, GrpcTypes.CALL_OPTIONS, GrpcTypes.TIME_UNIT)
                .build();
    }
}
