package io.github.contractgen.generator;

import com.palantir.javapoet.JavaFile;
import io.github.contractgen.generator.emit.ClientEmitter;
import io.github.contractgen.generator.emit.EmitContext;
import io.github.contractgen.generator.emit.Emitter;
import io.github.contractgen.generator.emit.EventsEmitter;
import io.github.contractgen.generator.emit.ModelEmitter;
import io.github.contractgen.generator.model.Contract;
import io.github.contractgen.generator.model.Service;
import io.github.contractgen.generator.naming.SymbolTable;
import io.github.contractgen.generator.reader.OpenApiReader;
import io.github.contractgen.generator.reader.ReadResult;
import io.github.contractgen.generator.reader.ReaderOptions;
import io.github.contractgen.generator.reader.source.Problems;
import io.github.contractgen.generator.reader.source.SourceDocument;
import io.swagger.v3.parser.OpenAPIResolver;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Where the time of one OpenAPI generation goes, phase by phase, in CPU milliseconds of the main thread.
 *
 * <p>A profiling aid, not a benchmark run.sh records: it repeats the steps {@link Generator} takes
 * (which keeps them private) so that each can be timed on its own: the JSON/YAML parse, swagger-parser
 * (deserialisation and resolution), the whole reader (both of those plus our model building), the
 * emitters building JavaPoet specs, JavaPoet writing them as text, and the output writer. The parse and
 * swagger-parser rows are extra runs of work the reader also does, so that model building can be read
 * off as reader − parse − swagger. It lives in the generator's package, on the benchmark's class path
 * only, to reach those package-private steps; the emitters are the standard pipeline's OpenAPI ones.
 *
 * <p>With a repeat count above one the same JVM generates again: the first round pays for class
 * loading and JIT compilation (on other threads: the process CPU column), later rounds show the work
 * itself. Usage: {@code GenerationPhases <contract file> <scratch directory> [rounds]}.
 */
public final class GenerationPhases {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private GenerationPhases() {}

    public static void main(String[] args) throws IOException {
        Path contract = Path.of(args[0]).toAbsolutePath();
        Path scratch = Path.of(args[1]).toAbsolutePath();
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        for (int round = 1; round <= rounds; round++) {
            Path dir = scratch.resolve("round" + round);
            Map<String, Long> phases = new LinkedHashMap<>();
            long process = processCpuNanos();
            long gc = gcMillis();
            long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            round(contract, dir, phases);
            StringBuilder line = new StringBuilder("round " + round + ":");
            phases.forEach((name, nanos) -> line.append(' ').append(name).append('=').append(nanos / 1_000_000));
            line.append(" | process CPU=").append((processCpuNanos() - process) / 1_000_000)
                    .append(" GC ms=").append(gcMillis() - gc)
                    .append(" JIT ms=").append(ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jit);
            System.out.println(line);
        }
    }

    private static void round(Path contract, Path dir, Map<String, Long> phases) throws IOException {
        Problems problems = new Problems(contract.getFileName().toString());
        SourceDocument document = timed(phases, "parse",
                () -> SourceDocument.load(contract, contract.getFileName().toString(), problems).orElseThrow());
        timed(phases, "swagger", () -> {
            String location = contract.toString();
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            return new OpenAPIResolver(new OpenAPIV3Parser().parseJsonNode(location, document.root(), options)
                    .getOpenAPI(), null, location).resolve();
        });
        ReadResult read = timed(phases, "read", () -> new OpenApiReader()
                .read(contract.getParent(), contract, new ReaderOptions(false, true)));
        Contract model = read.contract().orElseThrow(() -> new IllegalStateException(read.diagnostics().toString()));
        List<Emitter> emitters = List.of(new ModelEmitter(), new ClientEmitter(), new EventsEmitter());
        List<JavaFile> specs = new ArrayList<>();
        timed(phases, "specs", () -> {
            for (Service service : model.services()) {
                SymbolTable symbols = SymbolTable.of("bench", ServiceFiles.packagePath(model.path(), service.name()), service);
                EmitContext context = new EmitContext(model, service, symbols, "bench");
                emitters.forEach(emitter -> specs.addAll(emitter.emit(context)));
            }
            return specs;
        });
        SortedMap<String, byte[]> files = new TreeMap<>();
        timed(phases, "javapoet", () -> {
            specs.forEach(spec -> files.put(ServiceFiles.javaPath(spec), ServiceFiles.javaSource(spec)));
            return files;
        });
        SortedMap<String, Long> sizes = new TreeMap<>();
        files.forEach((path, bytes) -> sizes.put(path, (long) bytes.length));
        Files.createDirectories(dir);
        timed(phases, "write", () -> {
            try {
                return new OutputWriter(OutputWriter.Mover.RENAME).write(dir.resolve("out"), dir.resolve("work"),
                        files, Optional.empty(), Optional.of(new OutputState("x", 1, sizes)));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        phases.put("files", (long) files.size() * 1_000_000);
    }

    private static <T> T timed(Map<String, Long> phases, String name, Supplier<T> work) {
        long start = THREADS.getCurrentThreadCpuTime();
        T result = work.get();
        phases.put(name, THREADS.getCurrentThreadCpuTime() - start);
        return result;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, bean.getCollectionTime());
        }
        return total;
    }
}
