package io.github.contractgen.generator.emit.client;

import com.palantir.javapoet.JavaFile;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources in memory with javac, against the runtime that generated code calls,
 * and loads the result in a class loader whose parent is the test's (so runtime classes are shared).
 */
final class InMemoryJavac {

    /** Classes whose jars (or class directories) generated code compiles against. */
    private static final List<Class<?>> CLASSPATH = List.of(
            io.github.contractgen.runtime.ApiException.class,
            org.jspecify.annotations.Nullable.class,
            com.fasterxml.jackson.annotation.JsonProperty.class,
            com.fasterxml.jackson.databind.ObjectMapper.class,
            com.fasterxml.jackson.core.JsonParser.class);

    private InMemoryJavac() {}

    /** The compiled classes, or an AssertionError listing every javac error with its source line. */
    static ClassLoader compile(List<JavaFile> files) {
        List<JavaFileObject> sources = files.stream().map(JavaFile::toJavaFileObject).collect(Collectors.toList());
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, null, null);
        Map<String, ByteArrayOutputStream> classes = new TreeMap<>();
        JavaFileManager manager = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                    FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + ".class"), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        return classes.computeIfAbsent(className, name -> new ByteArrayOutputStream());
                    }
                };
            }
        };
        List<String> options = List.of("--release", "17", "-Xlint:all,-processing", "-Werror",
                "-classpath", classpath());
        boolean ok = javac.getTask(null, manager, diagnostics, options, null, sources).call();
        List<String> problems = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR || diagnostic.getKind() == Diagnostic.Kind.WARNING
                    || diagnostic.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
                problems.add(describe(diagnostic));
            }
        }
        if (!ok || !problems.isEmpty()) {
            throw new AssertionError("generated code does not compile cleanly:\n" + String.join("\n", problems));
        }
        return new ClassLoader(InMemoryJavac.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                ByteArrayOutputStream bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                byte[] code = bytes.toByteArray();
                return defineClass(name, code, 0, code.length);
            }
        };
    }

    private static String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
        String source = diagnostic.getSource() == null ? "" : diagnostic.getSource().getName();
        String line = "";
        if (diagnostic.getSource() != null && diagnostic.getLineNumber() > 0) {
            try {
                String[] lines = diagnostic.getSource().getCharContent(true).toString().split("\n", -1);
                line = "\n    " + lines[(int) diagnostic.getLineNumber() - 1].strip();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return source + ":" + diagnostic.getLineNumber() + ": " + diagnostic.getKind() + ": "
                + diagnostic.getMessage(null) + line;
    }

    private static String classpath() {
        List<String> entries = new ArrayList<>();
        for (Class<?> type : CLASSPATH) {
            try {
                entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException e) {
                throw new IllegalStateException("cannot locate " + type, e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
