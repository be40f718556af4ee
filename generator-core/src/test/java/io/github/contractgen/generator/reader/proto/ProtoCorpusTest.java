package io.github.contractgen.generator.reader.proto;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.generator.model.ProtoMessageType;
import io.github.contractgen.generator.model.RpcMethod;
import io.github.contractgen.generator.model.RpcService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every proto set of the shared corpus (one folder each, with its imports) through protoc and the
 * reader: no errors, every service found, and every method type named as the class protoc wrote.
 * The corpus lives beside the repository; where it is absent there is nothing to run.
 */
class ProtoCorpusTest {

    private static final Pattern SERVICE = Pattern.compile("(?m)^\\s*service\\s+\\w+");

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> everyCorpusSetReadsWithoutErrors() throws IOException {
        List<Path> sets = new ArrayList<>();
        if (TestProtoc.corpus().isPresent()) {
            try (Stream<Path> folders = Files.list(TestProtoc.corpus().get())) {
                folders.filter(f -> Files.isRegularFile(f.resolve("MANIFEST.tsv"))).sorted().forEach(sets::add);
            }
        }
        return sets.stream().map(set -> DynamicTest.dynamicTest(set.getFileName().toString(), () -> check(set)));
    }

    private void check(Path set) throws IOException, ClassNotFoundException {
        Path out = work.resolve(set.getFileName().toString());
        List<String> files = protoFiles(set);
        ProtocResult protoc = TestProtoc.compile(set, files, out);
        assertThat(protoc.diagnostics()).filteredOn(d -> d.isError()).isEmpty();

        ProtoReadResult read = new ProtoReader().read(out.resolve("descriptors.pb"), files);

        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.services()).hasSize(declaredServices(set, files));
        for (RpcService service : read.services()) {
            assertThat(service.methods()).isNotEmpty();
            for (RpcMethod method : service.methods()) {
                assertWritten(out.resolve("java"), method.inputType());
                assertWritten(out.resolve("java"), method.outputType());
            }
        }
    }

    /** Every .proto of the set but copies of the well-known types, which protobuf-java provides. */
    private static List<String> protoFiles(Path set) throws IOException {
        try (Stream<Path> walk = Files.walk(set)) {
            return walk.filter(p -> p.toString().endsWith(".proto"))
                    .map(p -> set.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !WellKnownProtos.isWellKnown(name))
                    .sorted()
                    .toList();
        }
    }

    private static int declaredServices(Path set, List<String> files) throws IOException {
        int count = 0;
        for (String file : files) {
            String text = Files.readString(set.resolve(file)).replaceAll("(?m)//.*$", "");
            count += (int) SERVICE.matcher(text).results().count();
        }
        return count;
    }

    /**
     * The class protoc wrote for {@code type}: its top-level class has a file of its own, and each
     * nested class is declared inside it. Well-known types are protobuf-java's classes.
     */
    private static void assertWritten(Path javaOut, ProtoMessageType type) throws IOException, ClassNotFoundException {
        if (type.javaPackage().equals("com.google.protobuf") && !Files.isDirectory(javaOut.resolve("com/google/protobuf"))) {
            assertThat(Class.forName(type.javaPackage() + "." + String.join("$", type.javaSimpleNames())))
                    .isNotNull();
            return;
        }
        Path file = javaOut.resolve(type.javaPackage().replace('.', '/')).resolve(type.javaSimpleNames().get(0) + ".java");
        assertThat(file).as("top-level class of %s", type.protoName()).isRegularFile();
        String source = Files.readString(file);
        for (String nested : type.javaSimpleNames().subList(1, type.javaSimpleNames().size())) {
            assertThat(source).as("nested class of %s", type.protoName()).contains(" class " + nested + " ");
        }
    }
}
