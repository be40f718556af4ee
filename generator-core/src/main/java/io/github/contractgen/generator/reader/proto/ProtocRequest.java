package io.github.contractgen.generator.reader.proto;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One run of protoc.
 *
 * @param includePaths the {@code -I} directories, searched in order: the contracts directory first,
 *     then directories of protos from dependencies and the well-known types
 * @param files the files to compile, relative to an include path with {@code /} separators, as the
 *     descriptor set and protoc's messages will name them
 * @param javaOutput where the message classes go ({@code --java_out}); empty for a descriptor set only
 * @param descriptorSetOutput where the descriptor set goes, always with imports and source info
 */
public record ProtocRequest(List<Path> includePaths, List<String> files, Optional<Path> javaOutput,
        Path descriptorSetOutput) {

    public ProtocRequest {
        includePaths = List.copyOf(includePaths);
        files = List.copyOf(files);
        Objects.requireNonNull(javaOutput, "javaOutput");
        Objects.requireNonNull(descriptorSetOutput, "descriptorSetOutput");
        if (includePaths.isEmpty()) {
            throw new IllegalArgumentException("includePaths is empty: protoc needs at least the contracts directory");
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("files is empty: there is nothing for protoc to compile");
        }
    }
}
