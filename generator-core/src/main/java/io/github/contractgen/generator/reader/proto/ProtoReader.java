package io.github.contractgen.generator.reader.proto;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.DescriptorProtos.MethodDescriptorProto;
import com.google.protobuf.DescriptorProtos.MethodOptions.IdempotencyLevel;
import com.google.protobuf.DescriptorProtos.ServiceDescriptorProto;
import com.google.protobuf.InvalidProtocolBufferException;
import io.github.contractgen.generator.model.Diagnostic;
import io.github.contractgen.generator.model.ProtoFile;
import io.github.contractgen.generator.model.ProtoMessageType;
import io.github.contractgen.generator.model.RpcMethod;
import io.github.contractgen.generator.model.RpcService;
import io.github.contractgen.generator.model.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Turns the descriptor set protoc writes ({@code --include_imports --include_source_info}) into the
 * gRPC part of the contract model.
 *
 * <p>protoc has already parsed and checked the files, so what can go wrong here is little: a file asked
 * for that is not in the set, a method type that is missing (a set written without
 * {@code --include_imports}), or two services whose stub classes would land on the same Java name. Each
 * is reported with the service or method's location, and reading goes on. Stateless and thread-safe.
 */
public final class ProtoReader {

    /** Reads the descriptor set in {@code descriptorSet}; a file that does not parse is one error. */
    public ProtoReadResult read(Path descriptorSet, Collection<String> filesToGenerate) {
        Objects.requireNonNull(descriptorSet, "descriptorSet");
        try (InputStream in = Files.newInputStream(descriptorSet)) {
            return read(FileDescriptorSet.parseFrom(in), filesToGenerate);
        } catch (InvalidProtocolBufferException e) {
            return failed(descriptorSet, "is not a protobuf descriptor set: " + e.getMessage());
        } catch (IOException e) {
            return failed(descriptorSet, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Reads the services of {@code filesToGenerate} (names as in the set: relative to their include
     * directory); every other file of the set only lends its message types.
     */
    public ProtoReadResult read(FileDescriptorSet set, Collection<String> filesToGenerate) {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(filesToGenerate, "filesToGenerate");
        Map<String, FileDescriptorProto> byName = new HashMap<>();
        set.getFileList().forEach(file -> byName.put(file.getName(), file));
        MessageIndex messages = new MessageIndex(set);
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<ProtoFile> files = new ArrayList<>();
        for (String name : new TreeSet<>(filesToGenerate)) {
            FileDescriptorProto file = byName.get(name);
            if (file == null) {
                diagnostics.add(Diagnostic.error(SourceLocation.of(name),
                        "the descriptor set has no file '" + name + "'; pass it to protoc with the same path"));
            } else {
                files.add(readFile(file, messages, diagnostics));
            }
        }
        checkStubNamesAreUnique(files, diagnostics);
        return new ProtoReadResult(files, diagnostics);
    }

    private static ProtoFile readFile(FileDescriptorProto file, MessageIndex messages, List<Diagnostic> diagnostics) {
        SourceComments comments = new SourceComments(file);
        List<RpcService> services = new ArrayList<>();
        for (int i = 0; i < file.getServiceCount(); i++) {
            services.add(readService(file, i, comments, messages, diagnostics));
        }
        String syntax = file.getSyntax().isEmpty() ? "proto2" : file.getSyntax();
        String edition = "editions".equals(syntax) ? file.getEdition().name().replace("EDITION_", "") : "";
        return new ProtoFile(file.getName(), syntax, edition, file.getPackage(), ProtoJavaNames.javaPackage(file),
                ProtoJavaNames.outerClassName(file), ProtoJavaNames.multipleFilesByDefault(file), services);
    }

    private static RpcService readService(FileDescriptorProto file, int index, SourceComments comments,
            MessageIndex messages, List<Diagnostic> diagnostics) {
        ServiceDescriptorProto service = file.getService(index);
        String fullName = file.getPackage().isEmpty() ? service.getName() : file.getPackage() + "." + service.getName();
        boolean deprecated = service.getOptions().getDeprecated();
        List<Integer> path = List.of(SourceComments.FILE_SERVICE, index);
        List<RpcMethod> methods = new ArrayList<>();
        for (int m = 0; m < service.getMethodCount(); m++) {
            List<Integer> methodPath = List.of(SourceComments.FILE_SERVICE, index, SourceComments.SERVICE_METHOD, m);
            MethodDescriptorProto method = service.getMethod(m);
            String fullMethodName = fullName + "/" + method.getName();
            SourceLocation location = comments.location(methodPath, fullMethodName);
            Optional<ProtoMessageType> input = messageType(messages, method.getInputType(), location, diagnostics);
            Optional<ProtoMessageType> output = messageType(messages, method.getOutputType(), location, diagnostics);
            if (input.isPresent() && output.isPresent()) {
                methods.add(new RpcMethod(method.getName(), fullMethodName, input.get(), output.get(),
                        method.getClientStreaming(), method.getServerStreaming(),
                        idempotency(method.getOptions().getIdempotencyLevel()),
                        deprecated || method.getOptions().getDeprecated(), comments.comment(methodPath), location));
            }
        }
        return new RpcService(service.getName(), fullName, file.getPackage(), ProtoJavaNames.javaPackage(file),
                ProtoJavaNames.outerClassName(file), deprecated, comments.comment(path), methods,
                comments.location(path, fullName));
    }

    private static Optional<ProtoMessageType> messageType(MessageIndex messages, String typeName,
            SourceLocation location, List<Diagnostic> diagnostics) {
        Optional<ProtoMessageType> type = messages.find(typeName);
        if (type.isEmpty()) {
            diagnostics.add(Diagnostic.error(location, "message type '" + typeName + "' is not in the descriptor set;"
                    + " run protoc with --include_imports"));
        }
        return type;
    }

    private static RpcMethod.Idempotency idempotency(IdempotencyLevel level) {
        return switch (level) {
            case NO_SIDE_EFFECTS -> RpcMethod.Idempotency.NO_SIDE_EFFECTS;
            case IDEMPOTENT -> RpcMethod.Idempotency.IDEMPOTENT;
            default -> RpcMethod.Idempotency.UNKNOWN;
        };
    }

    /** Two services with the same Java package and name would both write {@code <Name>Grpc}. */
    private static void checkStubNamesAreUnique(List<ProtoFile> files, List<Diagnostic> diagnostics) {
        Map<String, RpcService> seen = new LinkedHashMap<>();
        for (ProtoFile file : files) {
            for (RpcService service : file.services()) {
                String javaName = (service.javaPackage().isEmpty() ? "" : service.javaPackage() + ".") + service.name();
                RpcService first = seen.putIfAbsent(javaName, service);
                if (first != null) {
                    diagnostics.add(Diagnostic.error(service.location(), "service '" + service.fullName()
                            + "' gets the same Java classes (" + javaName + "Grpc) as '" + first.fullName()
                            + "' in " + first.location().file() + "; give one of the files another java_package"));
                }
            }
        }
    }

    private static ProtoReadResult failed(Path descriptorSet, String problem) {
        String file = descriptorSet.getFileName() == null ? descriptorSet.toString() : descriptorSet.getFileName().toString();
        return new ProtoReadResult(List.of(), List.of(Diagnostic.error(SourceLocation.of(file), "descriptor set " + problem)));
    }
}
