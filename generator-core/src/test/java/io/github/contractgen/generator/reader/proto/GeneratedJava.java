package io.github.contractgen.generator.reader.proto;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.generator.model.ProtoMessageType;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles what protoc wrote and loads classes from it, to check our names against protoc's own. */
final class GeneratedJava implements AutoCloseable {

    private final URLClassLoader loader;

    private GeneratedJava(URLClassLoader loader) {
        this.loader = loader;
    }

    /** Compiles every .java file below {@code sources} against the test class path into {@code classes}. */
    static GeneratedJava compile(Path sources, Path classes) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-proc:none", "-nowarn",
                "-classpath", System.getProperty("java.class.path")));
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> arguments.add(f.toString()));
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        int exit = compiler.run(null, null, new java.io.PrintStream(new WriterStream(errors), true),
                arguments.toArray(String[]::new));
        assertThat(exit).as("javac on protoc's output:%n%s", errors).isZero();
        return new GeneratedJava(new URLClassLoader(new URL[] {classes.toUri().toURL()},
                GeneratedJava.class.getClassLoader()));
    }

    /** Loads the class for {@code type} by its binary name; fails when protoc named it otherwise. */
    Class<?> load(ProtoMessageType type) throws ClassNotFoundException {
        String binary = String.join("$", type.javaSimpleNames());
        return loader.loadClass(type.javaPackage().isEmpty() ? binary : type.javaPackage() + "." + binary);
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }

    /** javac's run() wants a stream; this one collects into a writer. */
    private static final class WriterStream extends java.io.OutputStream {
        private final StringWriter target;

        WriterStream(StringWriter target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            target.write(b);
        }
    }
}
