package io.github.contractgen.generator.model;

import java.util.List;
import java.util.Objects;

/**
 * A protobuf message as the Java class that protoc writes for it.
 *
 * <p>The package and the simple names are kept apart, because a canonical name alone cannot tell a
 * package segment from an enclosing class ({@code com.example.Outer.Inner}); emitters hand both
 * straight to JavaPoet's {@code ClassName.get(packageName, first, rest...)}.
 *
 * @param protoName the message's full proto name without a leading dot ({@code google.protobuf.Empty})
 * @param javaPackage the Java package, empty for the default package
 * @param javaSimpleNames the outermost class first, then each nested class: {@code [HelloRequest]} with
 *     {@code java_multiple_files}, {@code [HelloWorldProto, HelloRequest]} without it
 */
public record ProtoMessageType(String protoName, String javaPackage, List<String> javaSimpleNames) {

    public ProtoMessageType {
        Objects.requireNonNull(protoName, "protoName");
        Objects.requireNonNull(javaPackage, "javaPackage");
        javaSimpleNames = List.copyOf(javaSimpleNames);
        if (javaSimpleNames.isEmpty()) {
            throw new IllegalArgumentException("javaSimpleNames of " + protoName + " is empty");
        }
    }

    /** {@code io.grpc.examples.helloworld.HelloRequest}, {@code com.example.Outer.Inner}. */
    public String javaCanonicalName() {
        String classes = String.join(".", javaSimpleNames);
        return javaPackage.isEmpty() ? classes : javaPackage + "." + classes;
    }
}
