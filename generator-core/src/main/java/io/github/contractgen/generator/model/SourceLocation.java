package io.github.contractgen.generator.model;

import java.util.Objects;

/**
 * Where something stands in a contract: the file relative to the contracts directory, a line and a
 * column (1-based, 0 when unknown) and a JSON pointer or proto path (empty when unknown).
 */
public record SourceLocation(String file, int line, int column, String pointer) {

    public SourceLocation {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pointer, "pointer");
    }

    public static SourceLocation of(String file) {
        return new SourceLocation(file, 0, 0, "");
    }

    public static SourceLocation of(String file, String pointer) {
        return new SourceLocation(file, 0, 0, pointer);
    }

    /** {@code file:line:col} when a line is known, else {@code file} followed by the pointer, if any. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line).append(':').append(Math.max(column, 1));
        }
        if (!pointer.isEmpty()) {
            text.append(line > 0 ? " (" : ": ").append(pointer).append(line > 0 ? ")" : "");
        }
        return text.toString();
    }
}
