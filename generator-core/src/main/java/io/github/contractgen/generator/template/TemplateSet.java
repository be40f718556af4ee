package io.github.contractgen.generator.template;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The templates of one run: the built-in ones from the classpath, each replaced by a file of the same
 * name in the user's templates directory, if there is one.
 *
 * <p>Which templates run, and where each one's output goes, is listed in {@value #INDEX}: one line per
 * template, its file name and an output path pattern relative to the output directory, e.g.
 * {@code service.properties.tmpl ${packagePath}/${configPrefix}.properties}. The classpath holds no
 * directory listing we could rely on, hence the index; a user who adds a template of their own ships
 * their own {@value #INDEX} next to it.
 */
public final class TemplateSet {

    /** The index file's name, in the built-in templates and in a user's templates directory. */
    public static final String INDEX = "templates.list";

    /** Where the built-in templates live on the classpath (module {@code contractgen-templates}). */
    public static final String CLASSPATH_ROOT = "io/github/contractgen/templates/";

    /** One entry of the index: a template and the output path pattern it renders to. */
    public record Entry(String template, Template output) {}

    private final SortedMap<String, String> sources;
    private final List<Entry> entries;
    private final Map<String, Template> templates;

    private TemplateSet(SortedMap<String, String> sources, List<Entry> entries, Map<String, Template> templates) {
        this.sources = Collections.unmodifiableSortedMap(sources);
        this.entries = List.copyOf(entries);
        this.templates = Map.copyOf(templates);
    }

    /**
     * Loads the built-in templates and applies {@code overrides}.
     *
     * @throws TemplateException when the directory is missing, a listed template is missing or any
     *     template does not parse
     */
    public static TemplateSet load(Optional<Path> overrides) {
        Objects.requireNonNull(overrides, "overrides");
        SortedMap<String, String> sources = new TreeMap<>();
        String index = classpath(INDEX).orElseThrow(() -> new TemplateException(
                "the built-in templates are missing from the classpath (" + CLASSPATH_ROOT + INDEX + ")"));
        sources.put(INDEX, index);
        for (Entry entry : parseIndex(index)) {
            sources.put(entry.template(), classpath(entry.template()).orElse(null));
        }
        if (overrides.isPresent()) {
            sources.putAll(directory(overrides.get()));
        }
        List<Entry> entries = parseIndex(sources.get(INDEX));
        Map<String, Template> templates = new TreeMap<>();
        for (Entry entry : entries) {
            String text = sources.get(entry.template());
            if (text == null) {
                throw new TemplateException(INDEX + " lists '" + entry.template() + "', which does not exist");
            }
            templates.put(entry.template(), Template.parse(entry.template(), text));
        }
        sources.values().removeIf(Objects::isNull);
        return new TemplateSet(sources, entries, templates);
    }

    /** Every template's text by name, the index included: what the up-to-date check hashes. */
    public SortedMap<String, String> all() {
        return sources;
    }

    /** The templates to render, in index order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The parsed template with this name, which {@link #entries()} lists. */
    public Template template(String name) {
        return Objects.requireNonNull(templates.get(name), name);
    }

    private static List<Entry> parseIndex(String index) {
        List<Entry> entries = new ArrayList<>();
        int lineNumber = 0;
        for (String line : index.split("\n", -1)) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] parts = trimmed.split("\\s+", 2);
            if (parts.length != 2) {
                throw new TemplateException(INDEX + ":" + lineNumber
                        + ": expected '<template> <output path pattern>', found '" + trimmed + "'");
            }
            entries.add(new Entry(parts[0], Template.parse(INDEX + ":" + lineNumber, parts[1])));
        }
        return entries;
    }

    private static Optional<String> classpath(String name) {
        try (InputStream in = TemplateSet.class.getClassLoader().getResourceAsStream(CLASSPATH_ROOT + name)) {
            return in == null ? Optional.empty() : Optional.of(unixLines(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new TemplateException("cannot read the built-in template " + name, e);
        }
    }

    /** The top-level {@code *.tmpl} files and the index of a user's directory. */
    private static Map<String, String> directory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new TemplateException("templatesDirectory " + dir + " does not exist or is not a directory");
        }
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (Files.isRegularFile(file) && (name.endsWith(".tmpl") || name.equals(INDEX))) {
                    found.put(name, unixLines(Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new TemplateException("cannot read templatesDirectory " + dir + ": " + e.getMessage(), e);
        }
        return found;
    }

    /** A checkout with CRLF line endings must render (and hash) the same as one with LF. */
    private static String unixLines(String text) {
        return text.replace("\r\n", "\n");
    }
}
