package io.github.contractgen.generator.reader.proto;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.Edition;
import com.google.protobuf.DescriptorProtos.EnumDescriptorProto;
import com.google.protobuf.DescriptorProtos.FeatureSet;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.ExtensionRegistry;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.JavaFeaturesProto;
import com.google.protobuf.JavaFeaturesProto.JavaFeatures;
import com.google.protobuf.JavaFeaturesProto.JavaFeatures.NestInFileClassFeature.NestInFileClass;

/**
 * The Java names that protoc's Java generator gives a file's classes, computed the same way so that
 * our stubs and clients refer to exactly the classes protoc wrote.
 *
 * <p>These are not naming decisions of ours (those live in {@code generator.naming}): they mirror
 * {@code compiler/java/name_resolver.cc} and {@code names.cc} of protoc, including the details that
 * matter in practice: the file name in camel case as the outer class, the {@code OuterClass} suffix when
 * a type of the file has the same name, and from edition 2024 on the {@code Proto} suffix and the
 * {@code nest_in_file_class} feature instead of {@code java_multiple_files}.
 */
final class ProtoJavaNames {

    private static final ExtensionRegistry JAVA_FEATURES = newRegistry();

    private ProtoJavaNames() {}

    /** {@code java_package}, else the proto package. */
    static String javaPackage(FileDescriptorProto file) {
        return file.getOptions().hasJavaPackage() ? file.getOptions().getJavaPackage() : file.getPackage();
    }

    /** {@code java_outer_classname}, else the file name in camel case with protoc's suffix rules. */
    static String outerClassName(FileDescriptorProto file) {
        if (file.getOptions().hasJavaOuterClassname()) {
            return file.getOptions().getJavaOuterClassname();
        }
        String name = file.getName();
        String base = name.substring(name.lastIndexOf('/') + 1);
        String camel = underscoresToCamelCase(stripProto(base));
        if (!useOldOuterClassNameDefault(file)) {
            return camel + "Proto";
        }
        return conflicts(file, camel) ? camel + "OuterClass" : camel;
    }

    /**
     * Whether a top-level message's (or enum's) class is nested in the outer class rather than in a
     * file of its own.
     */
    static boolean nestedInFileClass(FileDescriptorProto file, FeatureSet typeFeatures) {
        if (!isEdition2024OrLater(file)) {
            return !file.getOptions().getJavaMultipleFiles();
        }
        NestInFileClass nest = javaFeatures(typeFeatures).getNestInFileClass();
        return switch (nest) {
            case YES -> true;
            case LEGACY -> !file.getOptions().getJavaMultipleFiles();
            default -> false; // NO, and unset: edition 2024's default is a file per class
        };
    }

    /** Whether the whole file defaults to a Java file per top-level type. */
    static boolean multipleFilesByDefault(FileDescriptorProto file) {
        return isEdition2024OrLater(file) || file.getOptions().getJavaMultipleFiles();
    }

    /**
     * protoc's {@code UnderscoresToCamelCase(name, true)}: letters after a digit or any other
     * non-letter are upper-cased, the other characters that are not letters or digits are dropped,
     * and capitals stay as they are ({@code foo_bar2baz} → {@code FooBar2Baz}).
     */
    static String underscoresToCamelCase(String input) {
        StringBuilder result = new StringBuilder(input.length());
        boolean capNext = true;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c >= 'a' && c <= 'z') {
                result.append(capNext ? (char) (c - 'a' + 'A') : c);
                capNext = false;
            } else if (c >= 'A' && c <= 'Z') {
                result.append(c);
                capNext = false;
            } else if (c >= '0' && c <= '9') {
                result.append(c);
                capNext = true;
            } else {
                capNext = true;
            }
        }
        return result.toString();
    }

    private static String stripProto(String fileName) {
        if (fileName.endsWith(".protodevel")) {
            return fileName.substring(0, fileName.length() - ".protodevel".length());
        }
        return fileName.endsWith(".proto") ? fileName.substring(0, fileName.length() - ".proto".length()) : fileName;
    }

    private static boolean isEdition2024OrLater(FileDescriptorProto file) {
        return "editions".equals(file.getSyntax())
                && file.getEdition().getNumber() >= Edition.EDITION_2024.getNumber();
    }

    private static boolean useOldOuterClassNameDefault(FileDescriptorProto file) {
        if (!isEdition2024OrLater(file)) {
            return true;
        }
        JavaFeatures features = javaFeatures(file.getOptions().getFeatures());
        return features.hasUseOldOuterClassnameDefault() && features.getUseOldOuterClassnameDefault();
    }

    /** Whether any enum, service or message (at any depth) of the file is named exactly {@code name}. */
    private static boolean conflicts(FileDescriptorProto file, String name) {
        return file.getEnumTypeList().stream().anyMatch(e -> e.getName().equals(name))
                || file.getServiceList().stream().anyMatch(s -> s.getName().equals(name))
                || file.getMessageTypeList().stream().anyMatch(m -> messageConflicts(m, name));
    }

    private static boolean messageConflicts(DescriptorProto message, String name) {
        if (message.getName().equals(name)) {
            return true;
        }
        for (EnumDescriptorProto nestedEnum : message.getEnumTypeList()) {
            if (nestedEnum.getName().equals(name)) {
                return true;
            }
        }
        return message.getNestedTypeList().stream().anyMatch(m -> messageConflicts(m, name));
    }

    /**
     * The {@code pb.java} features of a feature set. A descriptor set parsed without our extension
     * registry keeps them as unknown fields, so they are parsed again here with it.
     */
    private static JavaFeatures javaFeatures(FeatureSet features) {
        try {
            FeatureSet withExtensions = FeatureSet.parseFrom(features.toByteString(), JAVA_FEATURES);
            return withExtensions.getExtension(JavaFeaturesProto.java_);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("a feature set that protoc wrote does not parse again", e);
        }
    }

    private static ExtensionRegistry newRegistry() {
        // protobuf-java 4.x: initialising JavaFeaturesProto before DescriptorProtos fails ("getDescriptor()
        // called before internalInit()"), since each class's initialiser needs the other. Whether a JVM has
        // initialised DescriptorProtos already depends on what ran before, so it is done here first.
        com.google.protobuf.DescriptorProtos.getDescriptor();
        ExtensionRegistry registry = ExtensionRegistry.newInstance();
        JavaFeaturesProto.registerAllExtensions(registry);
        return registry.getUnmodifiable();
    }
}
