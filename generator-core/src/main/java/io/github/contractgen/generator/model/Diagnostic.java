package io.github.contractgen.generator.model;

import java.util.Objects;

/** One problem found in a contract, with where it is and what to do about it. */
public record Diagnostic(Severity severity, SourceLocation location, String message) {

    public enum Severity { WARNING, ERROR }

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic error(SourceLocation location, String message) {
        return new Diagnostic(Severity.ERROR, location, message);
    }

    public static Diagnostic warning(SourceLocation location, String message) {
        return new Diagnostic(Severity.WARNING, location, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code petstore.yaml:41:9: operation 'getPet' has no 200 response schema; add one}. */
    @Override
    public String toString() {
        String at = location.line() > 0
                ? location.file() + ":" + location.line() + ":" + Math.max(location.column(), 1)
                : location.file();
        String pointer = location.pointer().isEmpty() ? "" : " [" + location.pointer() + "]";
        return at + ": " + (severity == Severity.WARNING ? "warning: " : "") + message + pointer;
    }
}
