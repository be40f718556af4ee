package io.github.contractgen.generator.reader.proto;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import io.github.contractgen.generator.model.ProtoMessageType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every message of a descriptor set by its full proto name, with the Java class protoc gives it.
 * Imports are in the set too ({@code --include_imports}), so a method's types are found wherever
 * they are declared: in the same file, in another contract, or in a well-known type.
 */
final class MessageIndex {

    private final Map<String, ProtoMessageType> byProtoName = new HashMap<>();

    MessageIndex(FileDescriptorSet set) {
        for (FileDescriptorProto file : set.getFileList()) {
            String javaPackage = ProtoJavaNames.javaPackage(file);
            String outerClass = ProtoJavaNames.outerClassName(file);
            for (DescriptorProto message : file.getMessageTypeList()) {
                List<String> enclosing = new ArrayList<>();
                if (ProtoJavaNames.nestedInFileClass(file, message.getOptions().getFeatures())) {
                    enclosing.add(outerClass);
                }
                add(javaPackage, file.getPackage(), enclosing, message);
            }
        }
    }

    /** The message named {@code typeName}, which may start with a dot as method descriptors write it. */
    Optional<ProtoMessageType> find(String typeName) {
        String name = typeName.startsWith(".") ? typeName.substring(1) : typeName;
        return Optional.ofNullable(byProtoName.get(name));
    }

    private void add(String javaPackage, String protoScope, List<String> enclosing, DescriptorProto message) {
        String protoName = protoScope.isEmpty() ? message.getName() : protoScope + "." + message.getName();
        List<String> simpleNames = new ArrayList<>(enclosing);
        simpleNames.add(message.getName());
        byProtoName.put(protoName, new ProtoMessageType(protoName, javaPackage, simpleNames));
        for (DescriptorProto nested : message.getNestedTypeList()) {
            add(javaPackage, protoName, simpleNames, nested);
        }
    }
}
