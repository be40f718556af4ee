package io.github.contractgen.generator.reader.source;

import com.fasterxml.jackson.core.JsonFactory;
import io.github.contractgen.generator.model.Diagnostic;
import io.github.contractgen.generator.model.SourceLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Collects every problem found while reading one contract, and turns them into located diagnostics at
 * the end.
 *
 * <p>Problems are recorded with a JSON pointer; lines and columns are looked up only once, at the end,
 * in one pass per file that has problems (see {@link PositionIndex}), because building a position
 * index for every file would slow down the common case of a contract without problems.
 */
public final class Problems {

    /** The text of one file that problems can point into. */
    public record Text(byte[] bytes, JsonFactory factory) {}

    private record Problem(
            Diagnostic.Severity severity, String file, String pointer, int line, int column, String message,
            String relatedPointer) {}

    private final String mainFile;
    private final Map<String, Text> texts = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private UnaryOperator<String> modelPointers = UnaryOperator.identity();
    private final Set<String> onceKeys = new HashSet<>();

    public Problems(String mainFile) {
        this.mainFile = Objects.requireNonNull(mainFile, "mainFile");
    }

    public String mainFile() {
        return mainFile;
    }

    /** Registers the text of {@code file} (relative path) so that its pointers can be located. */
    public void addText(String file, Text text) {
        texts.put(file, text);
    }

    /** How pointers into the parsed model map to the main file's source (identity, or 2.0 mapping). */
    public void modelPointers(UnaryOperator<String> mapping) {
        this.modelPointers = Objects.requireNonNull(mapping, "mapping");
    }

    /** An error at a pointer into the parsed model of the main file. */
    public void error(String pointer, String message) {
        add(Diagnostic.Severity.ERROR, mainFile, modelPointers.apply(pointer), message, "");
    }

    /** A warning at a pointer into the parsed model of the main file. */
    public void warning(String pointer, String message) {
        add(Diagnostic.Severity.WARNING, mainFile, modelPointers.apply(pointer), message, "");
    }

    /** An error at {@code pointer}, whose message ends with where {@code relatedPointer} stands. */
    public void errorWithRelated(String pointer, String message, String relatedPointer) {
        add(Diagnostic.Severity.ERROR, mainFile, modelPointers.apply(pointer), message,
                modelPointers.apply(relatedPointer));
    }

    /** A warning at {@code pointer}, whose message ends with where {@code relatedPointer} stands. */
    public void warningWithRelated(String pointer, String message, String relatedPointer) {
        add(Diagnostic.Severity.WARNING, mainFile, modelPointers.apply(pointer), message,
                modelPointers.apply(relatedPointer));
    }

    /** A problem at a pointer into the source text of {@code file} (no model mapping). */
    public void atSource(Diagnostic.Severity severity, String file, String pointer, String message) {
        add(severity, file, pointer, message, "");
    }

    /** A problem with a known position, such as a syntax error. */
    public void atPosition(Diagnostic.Severity severity, String file, int line, int column, String message) {
        problems.add(new Problem(severity, file, "", line, column, message, ""));
    }

    /**
     * Whether {@code key} is asked for the first time in this read: for a problem that would otherwise be
     * reported once for every element that runs into it, such as a limit that thousands of schemas reach.
     */
    public boolean once(String key) {
        return onceKeys.add(key);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Diagnostic.Severity.ERROR);
    }

    private void add(Diagnostic.Severity severity, String file, String pointer, String message, String related) {
        problems.add(new Problem(severity, file, pointer, 0, 0, message, related));
    }

    /** Every problem as a located diagnostic, sorted by file, line, column and message. */
    public List<Diagnostic> diagnostics() {
        Map<String, Map<String, PositionIndex.Position>> positions = locateAll();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Problem problem : problems) {
            SourceLocation location = location(problem.file(), problem.pointer(), problem.line(),
                    problem.column(), positions);
            String message = problem.message();
            if (!problem.relatedPointer().isEmpty()) {
                SourceLocation related = location(problem.file(), problem.relatedPointer(), 0, 0, positions);
                message += " (also declared at " + related.file() + ":" + related.line() + ":"
                        + related.column() + ")";
            }
            diagnostics.add(new Diagnostic(problem.severity(), location, message));
        }
        diagnostics.sort(Comparator.comparing((Diagnostic d) -> d.location().file())
                .thenComparingInt(d -> d.location().line())
                .thenComparingInt(d -> d.location().column())
                .thenComparing(Diagnostic::message));
        return List.copyOf(new LinkedHashSet<>(diagnostics));
    }

    private SourceLocation location(String file, String pointer, int line, int column,
            Map<String, Map<String, PositionIndex.Position>> positions) {
        if (line > 0) {
            return new SourceLocation(file, line, column, pointer);
        }
        PositionIndex.Position position = positions.getOrDefault(file, Map.of())
                .getOrDefault(pointer, PositionIndex.Position.START);
        return new SourceLocation(file, position.line(), position.column(), pointer);
    }

    private Map<String, Map<String, PositionIndex.Position>> locateAll() {
        Map<String, Set<String>> wanted = new LinkedHashMap<>();
        for (Problem problem : problems) {
            if (problem.line() == 0) {
                Set<String> pointers = wanted.computeIfAbsent(problem.file(), file -> new LinkedHashSet<>());
                pointers.add(problem.pointer());
                if (!problem.relatedPointer().isEmpty()) {
                    pointers.add(problem.relatedPointer());
                }
            }
        }
        Map<String, Map<String, PositionIndex.Position>> positions = new HashMap<>();
        wanted.forEach((file, pointers) -> {
            Text text = texts.get(file);
            if (text != null) {
                positions.put(file, PositionIndex.locate(text.bytes(), text.factory(), pointers));
            }
        });
        return positions;
    }
}
