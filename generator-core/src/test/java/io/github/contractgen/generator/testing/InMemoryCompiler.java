package io.github.contractgen.generator.testing;

import com.palantir.javapoet.JavaFile;
import io.github.contractgen.generator.GeneratedFile;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources in memory, the way a user's build would, and loads the result.
 *
 * <p>Sources compile with {@code --release 17} and {@code -Xlint:all} (path warnings aside) against the test class path
 * (runtime-core, Jackson, JSpecify, ...); class files stay in memory. The loader of the result
 * delegates to the test's own class loader first, so a generated class and the test share Jackson and
 * the runtime: a test can decode JSON into a generated record with the runtime's codec.
 *
 * <pre>{@code
 * Compilation compiled = InMemoryCompiler.compile(new ModelEmitter().emit(context)).requireSuccess();
 * Class<?> pet = compiled.load("com.example.petstore.model.Pet");
 * }</pre>
 *
 * <p>Extra hand-written sources (a class that uses the generated API, to prove that it compiles) go in
 * with {@link #compile(Collection, Map)}.
 */
public final class InMemoryCompiler {

    private InMemoryCompiler() {}

    /** Compiles JavaPoet files. */
    public static Compilation compile(Collection<JavaFile> files) {
        return compile(files, Map.of());
    }

    /**
     * Compiles JavaPoet files together with hand-written sources.
     *
     * @param extraSources source text by path, e.g. {@code "demo/Use.java"}
     */
    public static Compilation compile(Collection<JavaFile> files, Map<String, String> extraSources) {
        Map<String, String> sources = new TreeMap<>(sources(files));
        sources.putAll(extraSources);
        return compileSources(sources);
    }

    /** Compiles the {@code .java} files among generated files; other files are ignored. */
    public static Compilation compileGenerated(Collection<GeneratedFile> files) {
        Map<String, String> sources = new TreeMap<>();
        files.stream()
                .filter(file -> file.path().endsWith(".java"))
                .forEach(file -> sources.put(file.path(), new String(file.content(), StandardCharsets.UTF_8)));
        return compileSources(sources);
    }

    /** The source text of each file by its path ({@code com/example/Pet.java}), in path order. */
    public static Map<String, String> sources(Collection<JavaFile> files) {
        Map<String, String> sources = new TreeMap<>();
        for (JavaFile file : files) {
            String path = (file.packageName().isEmpty() ? "" : file.packageName().replace('.', '/') + "/")
                    + file.typeSpec().name() + ".java";
            if (sources.put(path, file.toString()) != null) {
                throw new IllegalArgumentException("two files for " + path);
            }
        }
        return sources;
    }

    /** Compiles source texts given by path. */
    public static Compilation compileSources(Map<String, String> sources) {
        return compileSources(sources, List.of());
    }

    /**
     * Compiles source texts given by path with more javac options ({@code -parameters}, so that a test can
     * read parameter names by reflection).
     */
    public static Compilation compileSources(Map<String, String> sources, List<String> extraOptions) {
        Objects.requireNonNull(sources, "sources");
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        MemoryFileManager files = new MemoryFileManager(compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8));
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((path, text) -> units.add(new Source(path, text)));
        List<String> options = new ArrayList<>(List.of("--release", "17", "-Xlint:all,-path", "-proc:none",
                "-encoding", "UTF-8", "-classpath", classPath()));
        options.addAll(extraOptions);
        boolean success = compiler.getTask(null, files, diagnostics, options, null, units).call();
        ClassLoader loader = new MemoryClassLoader(files.classes, InMemoryCompiler.class.getClassLoader());
        return new Compilation(success, List.copyOf(diagnostics.getDiagnostics()), Map.copyOf(sources),
                new TreeSet<>(files.classes.keySet()), loader);
    }

    /** Surefire hides the real class path behind a manifest-only jar; it publishes the real one here. */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    /**
     * The outcome of a compilation.
     *
     * @param success whether javac reported no error
     * @param diagnostics every error, warning and note, in javac's order
     * @param sources what was compiled, by path
     * @param classNames the binary names of the classes written ({@code com.example.Pet$Status}), sorted
     * @param classLoader loads the compiled classes (when there were errors, those that compiled)
     */
    public record Compilation(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics,
            Map<String, String> sources, SortedSet<String> classNames, ClassLoader classLoader) {

        /** Diagnostics of the given kind, as {@code path:line: message}. */
        public List<String> messages(Diagnostic.Kind kind) {
            return diagnostics.stream()
                    .filter(diagnostic -> diagnostic.getKind() == kind)
                    .map(Compilation::format)
                    .collect(Collectors.toList());
        }

        public List<String> errors() {
            return messages(Diagnostic.Kind.ERROR);
        }

        /** Warnings, both mandatory ones and {@code -Xlint} ones. */
        public List<String> warnings() {
            List<String> warnings = new ArrayList<>(messages(Diagnostic.Kind.WARNING));
            warnings.addAll(messages(Diagnostic.Kind.MANDATORY_WARNING));
            return warnings;
        }

        /** This compilation, or an {@link AssertionError} that lists the errors and the sources. */
        public Compilation requireSuccess() {
            if (!success) {
                throw new AssertionError("generated code does not compile:\n" + String.join("\n", errors())
                        + "\n\n" + listing());
            }
            return this;
        }

        /** Loads a compiled class by binary name ({@code com.example.Pet$Status} for a nested one). */
        public Class<?> load(String binaryName) {
            try {
                return Class.forName(binaryName, true, classLoader);
            } catch (ClassNotFoundException e) {
                throw new AssertionError("no class " + binaryName + " among " + sources.keySet(), e);
            }
        }

        /** Every source with line numbers, for failure messages. */
        public String listing() {
            StringBuilder text = new StringBuilder();
            sources.forEach((path, source) -> {
                text.append("--- ").append(path).append('\n');
                String[] lines = source.split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    text.append(String.format(Locale.ROOT, "%4d  %s%n", i + 1, lines[i]));
                }
            });
            return text.toString();
        }

        private static String format(Diagnostic<? extends JavaFileObject> diagnostic) {
            String where = diagnostic.getSource() == null ? "" : diagnostic.getSource().getName() + ":" + diagnostic.getLineNumber() + ": ";
            return where + diagnostic.getMessage(Locale.ROOT);
        }
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String text;

        Source(String path, String text) {
            super(URI.create("memory:///" + path), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }

    private static final class ClassOutput extends SimpleJavaFileObject {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        ClassOutput(String binaryName) {
            super(URI.create("memory:///" + binaryName.replace('.', '/') + ".class"), Kind.CLASS);
        }

        @Override
        public OutputStream openOutputStream() {
            return bytes;
        }
    }

    private static final class MemoryFileManager extends ForwardingJavaFileManager<JavaFileManager> {
        private final Map<String, ClassOutput> classes = new HashMap<>();

        MemoryFileManager(JavaFileManager delegate) {
            super(delegate);
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                FileObject sibling) {
            if (location != StandardLocation.CLASS_OUTPUT || kind != JavaFileObject.Kind.CLASS) {
                throw new IllegalArgumentException("unexpected output " + location + " " + className + " " + kind);
            }
            ClassOutput output = new ClassOutput(className);
            classes.put(className, output);
            return output;
        }
    }

    private static final class MemoryClassLoader extends ClassLoader {
        private final Map<String, ClassOutput> classes;

        MemoryClassLoader(Map<String, ClassOutput> classes, ClassLoader parent) {
            super(parent);
            this.classes = Map.copyOf(classes);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            ClassOutput output = classes.get(name);
            if (output == null) {
                throw new ClassNotFoundException(name);
            }
            byte[] bytes = output.bytes.toByteArray();
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
