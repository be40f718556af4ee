package io.github.contractgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.generator.model.Diagnostic;
import io.github.contractgen.generator.reader.proto.TestProtoc;
import io.github.contractgen.generator.reader.proto.WellKnownProtos;
import io.github.contractgen.generator.testing.InMemoryCompiler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proto contracts that import from the project's dependency jars: the real protobuf-java and
 * proto-google-common-protos jars of the test class path are on protoc's include path, their protos are
 * not compiled again, and a changed jar regenerates.
 */
class GeneratorProtoDependenciesTest {

    private static final String PAYMENTS = """
            syntax = "proto3";
            package shop.payments.v1;
            import "google/protobuf/timestamp.proto";
            import "google/type/money.proto";
            import "google/rpc/status.proto";
            option java_package = "com.example.payments";
            option java_multiple_files = true;
            message Payment { google.type.Money amount = 1; google.protobuf.Timestamp at = 2; google.rpc.Status outcome = 3; }
            service Payments { rpc Pay(Payment) returns (Payment); }
            """;

    @TempDir
    Path root;

    @Test
    void importsFromDependencyJarsCompileAgainstTheJarsClasses() throws IOException {
        TestProject project = new TestProject(root).write("payments/v1/payments.proto", PAYMENTS);

        GenerationResult result = Generator.standard().generate(request(project, jarsOnTheClassPath()));

        assertThat(result.status()).as("%s", result).isEqualTo(GenerationResult.Status.GENERATED);
        Map<String, String> output = project.snapshot();
        assertThat(output).containsKeys("com/example/payments/Payment.java", "com/example/payments/PaymentsClient.java");
        assertThat(output.keySet()).noneMatch(path -> path.startsWith("com/google/"));
        assertThat(output.get("com/example/payments/PaymentsClient.java")).doesNotContain(root.toString());
        InMemoryCompiler.compileGenerated(javaFiles(output)).requireSuccess();
    }

    @Test
    void withoutTheDependenciesTheImportIsNotFound() throws IOException {
        TestProject project = new TestProject(root).write("payments/v1/payments.proto", PAYMENTS);

        GenerationResult result = Generator.standard().generate(request(project, List.of()));

        assertThat(result.failed()).isTrue();
        assertThat(result.errors()).map(Diagnostic::toString)
                .anySatisfy(error -> assertThat(error).contains("google/type/money.proto"));
    }

    @Test
    void ownCopiesOfWellKnownAndDependencyProtosUseTheDependencyClasses() throws IOException {
        TestProject project = new TestProject(root).write("payments/v1/payments.proto", PAYMENTS);
        Path copies = WellKnownProtos.extractTo(root.resolve("wkt"));
        project.write("google/protobuf/timestamp.proto", Files.readString(copies.resolve("google/protobuf/timestamp.proto")));
        project.write("google/type/money.proto", entry(commonProtosJar(), "google/type/money.proto"));
        project.write("google/rpc/status.proto", entry(commonProtosJar(), "google/rpc/status.proto"));

        GenerationResult result = Generator.standard().generate(request(project, jarsOnTheClassPath()));

        assertThat(result.status()).as("%s", result).isEqualTo(GenerationResult.Status.GENERATED);
        Map<String, String> output = project.snapshot();
        assertThat(output.keySet()).as("no second copy of a class a jar has").noneMatch(path -> path.startsWith("com/google/"));
        InMemoryCompiler.compileGenerated(javaFiles(output)).requireSuccess();
    }

    @Test
    void anEditedCopyOfADependencyProtoIsAWarningNamingBothAndTheJarsClassesAreUsed() throws IOException {
        TestProject project = new TestProject(root).write("payments/v1/payments.proto", PAYMENTS);
        String money = entry(commonProtosJar(), "google/type/money.proto");
        project.write("google/type/money.proto", money.replace("int64 units = 2;", "int64 units = 2;\n  string note = 4;"));

        GenerationResult result = Generator.standard().generate(request(project, jarsOnTheClassPath()));

        assertThat(result.status()).as("%s", result).isEqualTo(GenerationResult.Status.GENERATED);
        assertThat(result.diagnostics()).map(Diagnostic::toString).singleElement().asString()
                .startsWith("google/type/money.proto: warning: this copy of google/type/money.proto differs from the one in "
                        + commonProtosJar().getFileName() + ", whose generated classes the code uses")
                .endsWith("delete your copy to use the dependency's, or move yours to a path (and proto package) of its own");
        Map<String, String> output = project.snapshot();
        assertThat(output.keySet()).as("the jar's Money is used, not one from the copy").noneMatch(path -> path.startsWith("com/google/"));
        InMemoryCompiler.compileGenerated(javaFiles(output)).requireSuccess();
    }

    @Test
    void aChangedDependencyJarRegeneratesAndAnUnchangedOneDoesNot() throws IOException {
        TestProject project = new TestProject(root).write("shop/v1/shop.proto", """
                syntax = "proto3";
                package shop.v1;
                import "shared/v1/money.proto";
                service Shop { rpc Quote(shared.v1.Money) returns (shared.v1.Money); }
                """);
        Path jar = root.resolve("lib/shared.jar");
        writeJar(jar, "shared/v1/money.proto", "syntax = \"proto3\"; package shared.v1; message Money { int64 cents = 1; }");
        Path unrelated = root.resolve("lib/unrelated.jar");
        writeJar(unrelated, "Unrelated.class", "x");
        GenerationRequest request = request(project, List.of(jar, unrelated));
        assertThat(Generator.standard().generate(request).status()).isEqualTo(GenerationResult.Status.GENERATED);

        writeJar(unrelated, "Unrelated.class", "changed, and no protos in it");
        assertThat(Generator.standard().generate(request).status()).isEqualTo(GenerationResult.Status.UP_TO_DATE);

        writeJar(jar, "shared/v1/money.proto",
                "syntax = \"proto3\"; package shared.v1; message Money { int64 cents = 1; string currency = 2; }");
        GenerationResult changed = Generator.standard().generate(request);

        assertThat(changed.status()).as("%s", changed).isEqualTo(GenerationResult.Status.GENERATED);
        assertThat(project.snapshot().keySet()).noneMatch(path -> path.startsWith("shared/"));
    }

    private static GenerationRequest request(TestProject project, List<Path> dependencies) {
        return project.request().protocExecutable(TestProtoc.executable()).protoDependencies(dependencies).build();
    }

    /** protobuf-java and proto-google-common-protos, as the Maven plugin would list them. */
    private static List<Path> jarsOnTheClassPath() {
        return List.of(commonProtosJar(), location(com.google.protobuf.Timestamp.class));
    }

    private static Path commonProtosJar() {
        return location(com.google.type.Money.class);
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String entry(Path jar, String name) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void writeJar(Path jar, String name, String content) throws IOException {
        Files.createDirectories(jar.getParent());
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static List<GeneratedFile> javaFiles(Map<String, String> output) {
        return output.entrySet().stream().filter(e -> e.getKey().endsWith(".java"))
                .map(e -> GeneratedFile.text(e.getKey(), e.getValue())).toList();
    }
}
