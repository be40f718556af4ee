package io.github.contractgen.generator;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.github.contractgen.generator.emit.EmitContext;
import io.github.contractgen.generator.emit.Emitter;
import io.github.contractgen.generator.model.Contract;
import io.github.contractgen.generator.model.ContractKind;
import io.github.contractgen.generator.model.Diagnostic;
import io.github.contractgen.generator.model.Server;
import io.github.contractgen.generator.model.Service;
import io.github.contractgen.generator.model.SourceLocation;
import io.github.contractgen.generator.reader.ContractKinds;
import io.github.contractgen.generator.reader.ContractReader;
import io.github.contractgen.generator.reader.ReadResult;
import io.github.contractgen.generator.reader.ReaderOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.lang.model.element.Modifier;

/**
 * A tiny contract format and emitter, so that the orchestrator is tested without the real readers.
 *
 * <p>A fake contract is an "openapi:" document of {@code key: value} lines: {@code service} names the
 * service, {@code title} goes into the generated class, and every {@code error: text} line becomes an
 * error diagnostic at that line, column 1.
 */
final class FakePipeline {

    final AtomicInteger reads = new AtomicInteger();

    Generator generator() {
        return generator(OutputWriter.Mover.RENAME);
    }

    Generator generator(OutputWriter.Mover mover) {
        return new Generator((path, content) -> ContractKinds.detect(content), Map.of(ContractKind.OPENAPI, new FakeReader()),
                List.of(new FakeEmitter()), mover);
    }

    /** The fake reader with other emitters. */
    Generator generator(Emitter... emitters) {
        return new Generator((path, content) -> ContractKinds.detect(content), Map.of(ContractKind.OPENAPI, new FakeReader()),
                List.of(emitters));
    }

    static String contract(String service, String title) {
        return "openapi: 3.0.3\nservice: " + service + "\ntitle: " + title + "\n";
    }

    final class FakeReader implements ContractReader {
        @Override
        public ReadResult read(Path contractsDirectory, Path file, ReaderOptions options) {
            reads.incrementAndGet();
            String path = ContractFiles.relativePath(contractsDirectory, file);
            List<String> lines;
            try {
                lines = Files.readAllLines(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String service = "Unnamed";
            String title = "";
            List<Diagnostic> diagnostics = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String[] parts = lines.get(i).split(":\\s*", 2);
                switch (parts[0]) {
                    case "service" -> service = parts[1];
                    case "title" -> title = parts[1];
                    case "error" -> diagnostics.add(
                            Diagnostic.error(new SourceLocation(path, i + 1, 1, ""), parts[1]));
                    default -> { }
                }
            }
            Service model = new Service(service, title, "1.0", "", List.of(new Server("http://localhost/api", "", "", List.of())),
                    List.of(), List.of(), List.of(), List.of(), SourceLocation.of(path));
            return new ReadResult(Optional.of(new Contract(path, ContractKind.OPENAPI, "3.0.3", List.of(model))), diagnostics);
        }
    }

    /** One class per service, indented with tabs on purpose: the orchestrator must re-indent. */
    static final class FakeEmitter implements Emitter {
        @Override
        public List<JavaFile> emit(EmitContext context) {
            TypeSpec type = TypeSpec.classBuilder(context.symbols().serviceClass("Client"))
                    .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                    .addField(FieldSpec.builder(String.class, "TITLE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                            .initializer("$S", context.service().title())
                            .build())
                    .build();
            return List.of(JavaFile.builder(context.symbols().packageName(), type).indent("\t").build());
        }
    }
}
