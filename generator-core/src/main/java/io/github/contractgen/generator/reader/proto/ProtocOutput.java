package io.github.contractgen.generator.reader.proto;

import io.github.contractgen.generator.model.Diagnostic;
import io.github.contractgen.generator.model.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what protoc prints into diagnostics: {@code file:line:col: message} lines keep their place,
 * {@code file.proto: message} lines name the file only, and any other line belongs to the message
 * before it or, at the start, stands on its own under the name {@code protoc}.
 */
final class ProtocOutput {

    private static final Pattern WITH_POSITION = Pattern.compile("^(.+?):(\\d+):(\\d+): (.*)$");
    private static final Pattern WITH_FILE = Pattern.compile("^([^:]+\\.proto(?:devel)?): (.*)$");
    private static final Pattern NOT_FOUND = Pattern.compile("^Could not make proto path relative: (.+?): (.*)$");
    private static final String WARNING = "warning: ";

    private ProtocOutput() {}

    /**
     * Parses protoc's output. Messages marked {@code warning:} are warnings; the others are errors when
     * protoc failed and warnings when it succeeded (protoc only fails for errors). A failed run that
     * printed nothing still gets one error, so that a failure is never silent.
     */
    static List<Diagnostic> parse(String output, int exitCode) {
        return parse(output, exitCode, List.of());
    }

    /**
     * As {@link #parse(String, int)}, with the file names that protoc prints as paths on disk made
     * relative to the include path they lie under, so that diagnostics name files as the contracts
     * directory does.
     */
    static List<Diagnostic> parse(String output, int exitCode, List<Path> includePaths) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (String line : output.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Diagnostic parsed = parseLine(line.strip(), exitCode != 0, includePaths);
            if (parsed == null && !diagnostics.isEmpty()) {
                Diagnostic last = diagnostics.remove(diagnostics.size() - 1);
                diagnostics.add(new Diagnostic(last.severity(), last.location(), last.message() + " " + line.strip()));
            } else {
                diagnostics.add(parsed != null ? parsed : diagnostic(SourceLocation.of("protoc"), line.strip(), exitCode != 0));
            }
        }
        if (exitCode != 0 && diagnostics.stream().noneMatch(Diagnostic::isError)) {
            diagnostics.add(Diagnostic.error(SourceLocation.of("protoc"), "protoc failed with exit code " + exitCode));
        }
        return diagnostics;
    }

    /** A diagnostic for a line that names a file, or null for a line that does not. */
    private static Diagnostic parseLine(String line, boolean failed, List<Path> includePaths) {
        Matcher positioned = WITH_POSITION.matcher(line);
        if (positioned.matches()) {
            String file = relative(positioned.group(1), includePaths);
            SourceLocation location = new SourceLocation(file, Integer.parseInt(positioned.group(2)),
                    Integer.parseInt(positioned.group(3)), "");
            return diagnostic(location, positioned.group(4), failed);
        }
        Matcher notFound = NOT_FOUND.matcher(line);
        if (notFound.matches()) {
            return diagnostic(SourceLocation.of(relative(notFound.group(1), includePaths)),
                    "not found below any include path (" + notFound.group(2) + ")", failed);
        }
        Matcher withFile = WITH_FILE.matcher(line);
        if (withFile.matches()) {
            return diagnostic(SourceLocation.of(relative(withFile.group(1), includePaths)), withFile.group(2), failed);
        }
        return null;
    }

    private static String relative(String file, List<Path> includePaths) {
        Path path;
        try {
            path = Path.of(file);
        } catch (RuntimeException e) {
            return file; // not a path on this file system: leave protoc's text alone
        }
        if (!path.isAbsolute()) {
            return file;
        }
        for (Path include : includePaths) {
            Path root = include.toAbsolutePath().normalize();
            if (path.normalize().startsWith(root)) {
                return root.relativize(path.normalize()).toString().replace('\\', '/');
            }
        }
        return file;
    }

    private static Diagnostic diagnostic(SourceLocation location, String message, boolean failed) {
        if (message.startsWith(WARNING)) {
            return Diagnostic.warning(location, message.substring(WARNING.length()));
        }
        return failed ? Diagnostic.error(location, message) : Diagnostic.warning(location, message);
    }
}
