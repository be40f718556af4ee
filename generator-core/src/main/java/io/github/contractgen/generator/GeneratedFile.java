package io.github.contractgen.generator;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One output file: its path relative to the output directory ({@code /} separators) and its bytes.
 */
public record GeneratedFile(String path, byte[] content) {

    public GeneratedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("path must be relative and stay inside the output directory: " + path);
        }
    }

    public static GeneratedFile text(String path, String content) {
        return new GeneratedFile(path, content.getBytes(StandardCharsets.UTF_8));
    }
}
