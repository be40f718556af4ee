package io.github.contractgen.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.generator.GenerationRequest;
import io.github.contractgen.generator.GenerationResult;
import io.github.contractgen.generator.Generator;
import io.github.contractgen.generator.model.Diagnostic;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every proto set of the corpus generates and compiles: each folder below {@code <corpus.dir>/proto} is
 * one set, its own include root with the imports it needs (sometimes with its own copies of
 * {@code google/protobuf/*.proto}).
 *
 * <p>Each set is one generation run, as the plugin would make it for a project whose contracts folder
 * is that set: the real generator, protoc of the build's protobuf version, and the test class path as
 * the project's compile dependencies (protobuf-java, proto-google-common-protos, contractgen's gRPC
 * runtime), whose protos may be imported and are not generated again. Then javac compiles the output
 * against the same class path. A new folder in the corpus is a new test, with no change here.
 */
class ProtoCorpusTest {

    @TestFactory
    Stream<DynamicTest> everyProtoSetGeneratesAndCompiles() throws IOException {
        Path corpus = Path.of(property("corpus.protoDir"));
        assertThat(corpus).as("the proto corpus (-Dcorpus.dir=<folder with proto/>)").isDirectory();
        List<Path> sets;
        try (Stream<Path> folders = Files.list(corpus)) {
            sets = folders.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(sets).as("proto sets below %s", corpus).isNotEmpty();
        return sets.stream().map(set -> DynamicTest.dynamicTest(set.getFileName().toString(), () -> check(set)));
    }

    private static void check(Path set) throws IOException {
        Path target = Path.of(property("contractgen.protoOutput")).resolve(set.getFileName().toString());
        Path output = target.resolve("generated-sources");
        GenerationResult result = Generator.standard().generate(GenerationRequest.builder()
                .contractsDirectory(set)
                .outputDirectory(output)
                .workDirectory(target.resolve("contractgen"))
                .basePackage("corpus.proto")
                .generatorVersion("corpus")
                .protocExecutable(protoc())
                .protoDependencies(classPath())
                .build());

        assertThat(result.diagnostics()).as("%s", result.summary()).filteredOn(Diagnostic::isError).isEmpty();
        assertThat(result.status()).as("%s", result.summary()).isIn(GenerationResult.Status.GENERATED,
                GenerationResult.Status.UP_TO_DATE);
        assertThat(javac(output, target.resolve("classes"))).as("javac on the output of %s", set.getFileName()).isEmpty();
    }

    /** Compiles every .java file below {@code sources}; returns javac's errors, none when it compiled. */
    private static String javac(Path sources, Path classes) throws IOException {
        List<File> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().map(Path::toFile).toList();
        }
        assertThat(files).as("generated Java files below %s", sources).isNotEmpty();
        Files.createDirectories(classes);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter errors = new StringWriter();
        try (StandardJavaFileManager manager = compiler.getStandardFileManager(diagnostics, null, null)) {
            List<String> options = List.of("--release", "17", "-proc:none", "-nowarn", "-Xmaxerrs", "50",
                    "-d", classes.toString(), "-classpath", System.getProperty("java.class.path"));
            boolean ok = compiler.getTask(errors, manager, diagnostics, options, null,
                    manager.getJavaFileObjectsFromFiles(files)).call();
            StringBuilder report = new StringBuilder();
            diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
                    .forEach(d -> report.append(d).append('\n'));
            if (!ok && report.isEmpty()) {
                report.append("javac failed: ").append(errors);
            }
            return report.toString();
        }
    }

    private static Path protoc() {
        Path protoc = Path.of(property("contractgen.protoc"));
        if (!Files.isExecutable(protoc) && !protoc.toFile().setExecutable(true)) {
            throw new IllegalStateException("cannot make " + protoc + " executable");
        }
        return protoc;
    }

    /** The test class path, in order: what the plugin hands the generator as the compile dependencies. */
    private static List<Path> classPath() {
        List<Path> entries = new ArrayList<>();
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .forEach(entry -> entries.add(Path.of(entry)));
        return entries;
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set: run through Maven (-Pcorpus)");
        }
        return value;
    }
}
