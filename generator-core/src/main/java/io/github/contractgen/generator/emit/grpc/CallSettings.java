package io.github.contractgen.generator.emit.grpc;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import javax.lang.model.element.Modifier;

/**
 * The members both facades share: the channel the calls go through and the deadline of each call, and
 * the method that turns them into a call's options (the deadline counts from the call's start, for a
 * publisher its subscription; failures become the service's own exception).
 */
final class CallSettings {

    private CallSettings() {}

    static FieldSpec callsField() {
        return FieldSpec.builder(GrpcTypes.CHANNEL, "calls", Modifier.PRIVATE, Modifier.FINAL).build();
    }

    static FieldSpec deadlineField() {
        return FieldSpec.builder(GrpcTypes.DURATION.annotated(GrpcTypes.NULLABLE_ANNOTATION), "deadline",
                        Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("Each call's own deadline, or null for the channel's default (unary calls only).\n")
                .build();
    }

    /** {@code DEFAULT_OPTIONS}: no deadline, and failures as {@code exception}. */
    static FieldSpec defaultOptionsField(ClassName exception) {
        return FieldSpec.builder(GrpcTypes.CALL_OPTIONS, "DEFAULT_OPTIONS", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL)
                .addJavadoc("The options of every call: failures are {@link $T}s.\n", exception)
                .initializer("$T.throwing($T.DEFAULT, $T::new)", GrpcTypes.GRPC_CALLS, GrpcTypes.CALL_OPTIONS, exception)
                .build();
    }

    static MethodSpec optionsMethod() {
        return MethodSpec.methodBuilder("options")
                .addModifiers(Modifier.PRIVATE)
                .returns(GrpcTypes.CALL_OPTIONS)
                .addStatement("return deadline == null ? DEFAULT_OPTIONS : $T.deadlineAfterStart(DEFAULT_OPTIONS, deadline)",
                        GrpcTypes.GRPC_CALLS)
                .build();
    }
}
