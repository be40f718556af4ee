package io.github.contractgen.generator;

import io.github.contractgen.generator.emit.Emitter;
import io.github.contractgen.generator.emit.GeneratedAnnotation;
import io.github.contractgen.generator.model.Contract;
import io.github.contractgen.generator.model.ContractKind;
import io.github.contractgen.generator.model.Diagnostic;
import io.github.contractgen.generator.model.SourceLocation;
import io.github.contractgen.generator.naming.JavaNames;
import io.github.contractgen.generator.reader.ContractReader;
import io.github.contractgen.generator.reader.ReadResult;
import io.github.contractgen.generator.reader.ReaderOptions;
import io.github.contractgen.generator.reader.proto.DependencyProtos;
import io.github.contractgen.generator.template.TemplateException;
import io.github.contractgen.generator.template.TemplateSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Runs one generation: contracts in, an up-to-date output directory out, one result for the user.
 *
 * <p>The phases, each finished before the next starts: find the candidate files and fingerprint them
 * with the templates and settings; stop at once when the fingerprint matches the output's state and
 * the recorded files are still there (nothing is parsed). Otherwise read every contract, collecting
 * every diagnostic of every file; stop with {@link GenerationResult.Status#FAILED} if any is an error,
 * having written nothing. Then generate every file in memory, and only then write, through
 * {@link OutputWriter}, which touches only changed files and leaves the old output intact on failure.
 *
 * <p>Instances hold no state between runs and are thread-safe if the readers and emitters are.
 */
public final class Generator {

    private final ContractDetector detector;
    private final Map<ContractKind, ContractReader> readers;
    private final List<Emitter> emitters;
    private final OutputWriter writer;
    private final Optional<ProtoStage> proto;

    /**
     * @param detector decides which files are contracts, and of which kind
     * @param readers one reader per kind; a contract of a kind without one is skipped with a warning
     * @param emitters run in this order for every service
     */
    public Generator(ContractDetector detector, Map<ContractKind, ContractReader> readers, List<Emitter> emitters) {
        this(detector, readers, emitters, OutputWriter.Mover.RENAME);
    }

    Generator(ContractDetector detector, Map<ContractKind, ContractReader> readers, List<Emitter> emitters,
            OutputWriter.Mover mover) {
        this(detector, readers, emitters, Optional.empty(), mover);
    }

    /** @param proto compiles the {@code .proto} contracts, all together; without it they are skipped with a warning */
    Generator(ContractDetector detector, Map<ContractKind, ContractReader> readers, List<Emitter> emitters,
            Optional<ProtoStage> proto, OutputWriter.Mover mover) {
        this.proto = Objects.requireNonNull(proto, "proto");
        this.detector = Objects.requireNonNull(detector, "detector");
        this.readers = readers.isEmpty() ? Map.of() : new EnumMap<>(readers);
        this.emitters = List.copyOf(emitters);
        this.writer = new OutputWriter(mover);
    }

    /** The generator with every reader and emitter contractgen ships. */
    public static Generator standard() {
        return StandardPipeline.generator();
    }

    /**
     * Brings {@code request.outputDirectory()} up to date with the contracts.
     *
     * @return the outcome; a contract or configuration problem is a {@code FAILED} result, not an exception
     * @throws IOException when reading contracts or writing output fails for a reason of the file system
     */
    public GenerationResult generate(GenerationRequest request) throws IOException {
        Objects.requireNonNull(request, "request");
        Optional<String> badPackage = illegalSegment(request.basePackage());
        if (badPackage.isPresent()) {
            return GenerationResult.failed(0, List.of(), "contractgen: basePackage '" + request.basePackage()
                    + "' is not a Java package name: '" + badPackage.get() + "' is not a legal identifier");
        }
        TemplateSet templates;
        try {
            templates = TemplateSet.load(request.templatesDirectory());
        } catch (TemplateException e) {
            return GenerationResult.failed(0, List.of(), "contractgen: " + e.getMessage());
        }
        List<ContractFiles.Source> sources = ContractFiles.find(request.contractsDirectory());
        Optional<ContractFiles.Source> firstProto = proto.isEmpty() ? Optional.empty()
                : sources.stream().filter(source -> source.path().endsWith(".proto")).findFirst();
        String protoc = "";
        if (firstProto.isPresent()) {
            if (request.protocExecutable().isEmpty()) {
                Diagnostic missing = Diagnostic.error(SourceLocation.of(firstProto.get().path()), ProtoStage.noProtoc());
                return GenerationResult.failed(0, List.of(missing), Summaries.failed(List.of(missing)));
            }
            try {
                protoc = ProtoStage.identity(request.protocExecutable().get());
            } catch (IOException e) {
                return GenerationResult.failed(0, List.of(), "contractgen: protoc " + request.protocExecutable().get()
                        + " cannot be used: " + e.getMessage());
            }
            Optional<String> mismatch = ProtoStage.mismatch(protoc, request.protobufJavaVersion());
            if (mismatch.isPresent()) {
                Diagnostic wrong = Diagnostic.error(SourceLocation.of(firstProto.get().path()), mismatch.get());
                return GenerationResult.failed(0, List.of(wrong), Summaries.failed(List.of(wrong)));
            }
        }
        List<DependencyProtos.Root> protoDependencies = firstProto.isEmpty() ? List.of()
                : DependencyProtos.unpack(request.protoDependencies(), ProtoStage.dependencyCache(request));
        String fingerprint = Fingerprint.of(request, pipeline(), sources, templates, protoc,
                protoDependencies.stream().map(DependencyProtos.Root::key).toList());
        Optional<OutputState> previous = OutputState.read(request.outputDirectory());
        if (previous.isPresent() && previous.get().fingerprint().equals(fingerprint)
                && previous.get().intact(request.outputDirectory())) {
            int contracts = previous.get().contracts();
            return new GenerationResult(GenerationResult.Status.UP_TO_DATE, contracts, 0, 0, 0, List.of(),
                    "contractgen: " + Summaries.contracts(contracts) + " unchanged, nothing to do");
        }
        Optional<String> refusal = OutputGuard.check(request, previous);
        if (refusal.isPresent()) {
            return GenerationResult.failed(0, List.of(), "contractgen: refusing to generate: " + refusal.get());
        }
        return generate(request, templates, sources, protoDependencies, fingerprint, previous);
    }

    private GenerationResult generate(GenerationRequest request, TemplateSet templates,
            List<ContractFiles.Source> sources, List<DependencyProtos.Root> protoDependencies, String fingerprint,
            Optional<OutputState> previous) throws IOException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Contract> contracts = new ArrayList<>();
        int found = read(request, sources, contracts, diagnostics);
        Optional<ProtoStage.Result> protos = Optional.empty();
        if (proto.isPresent() && sources.stream().anyMatch(source -> source.path().endsWith(".proto"))) {
            protos = Optional.of(proto.get().run(request, request.protocExecutable().orElseThrow(), protoDependencies));
            diagnostics.addAll(protos.get().diagnostics());
        }
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return GenerationResult.failed(found, diagnostics, Summaries.failed(diagnostics));
        }
        ServiceFiles files = new ServiceFiles(emitters, templates, request.basePackage(), request.generatorVersion(),
                path -> GeneratedAnnotation.source(request.contractsDirectory(), request.projectDirectory(), path));
        try {
            contracts.forEach(files::add);
            protos.ifPresent(result -> addProtos(files, result, contracts));
        } catch (TemplateException e) {
            return GenerationResult.failed(found, diagnostics, "contractgen: " + e.getMessage());
        }
        diagnostics.addAll(files.diagnostics());
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return GenerationResult.failed(found, diagnostics, Summaries.failed(diagnostics));
        }
        Optional<OutputState> next = files.files().isEmpty() ? Optional.empty()
                : Optional.of(new OutputState(fingerprint, contracts.size(), sizes(files)));
        OutputWriter.Counts counts = writer.write(request.outputDirectory(), request.workDirectory(),
                files.files(), previous, next);
        String summary = contracts.isEmpty()
                ? Summaries.noContracts(request.contractsDirectory(), counts)
                : Summaries.generated(files.files().size(), contracts.size(), counts);
        return new GenerationResult(GenerationResult.Status.GENERATED, contracts.size(), counts.written(),
                counts.unchanged(), counts.deleted(), diagnostics, summary);
    }

    private void addProtos(ServiceFiles files, ProtoStage.Result result, List<Contract> contracts) {
        files.addProtocOutput(result.messageSources());
        for (int i = 0; i < result.files().size(); i++) {
            files.addProto(result.contracts().get(i), result.files().get(i), proto.orElseThrow().emitter());
        }
        contracts.addAll(result.contracts());
    }

    private static Optional<String> illegalSegment(String basePackage) {
        if (basePackage.isEmpty()) {
            return Optional.empty();
        }
        return Arrays.stream(basePackage.split("\\.", -1)).filter(s -> !JavaNames.isLegalIdentifier(s)).findFirst();
    }

    /** Reads every contract into {@code contracts} and {@code diagnostics}; returns how many were found. */
    private int read(GenerationRequest request, List<ContractFiles.Source> sources, List<Contract> contracts,
            List<Diagnostic> diagnostics) {
        ReaderOptions options = new ReaderOptions(request.allowRemoteRefs(), request.lenientRefs());
        int found = 0;
        for (ContractFiles.Source source : sources) {
            Optional<Diagnostic> unreadable = ContractText.problem(source);
            if (unreadable.isPresent()) {
                found++; // a file with a contract's extension that cannot be read is reported, never skipped
                diagnostics.add(unreadable.get());
                continue;
            }
            Optional<ContractKind> kind = detector.detect(source.path(), source.content());
            if (kind.isEmpty()) {
                continue; // no contract, e.g. a schema a contract refers to: not ours to complain about
            }
            found++;
            if (kind.get() == ContractKind.PROTO && proto.isPresent()) {
                continue; // compiled all together afterwards: protoc resolves imports across files
            }
            ContractReader reader = readers.get(kind.get());
            if (reader == null) {
                diagnostics.add(Diagnostic.warning(SourceLocation.of(source.path()),
                        "this version of contractgen cannot generate code from " + kind.get() + " contracts yet;"
                                + " the file is skipped"));
                continue;
            }
            ReadResult result = reader.read(request.contractsDirectory(), source.file(), options);
            diagnostics.addAll(result.diagnostics());
            if (!result.hasErrors()) {
                result.contract().ifPresent(contracts::add);
            }
        }
        return found;
    }

    private static SortedMap<String, Long> sizes(ServiceFiles files) {
        SortedMap<String, Long> sizes = new TreeMap<>();
        files.files().forEach((path, content) -> sizes.put(path, (long) content.length));
        return sizes;
    }

    /**
     * Which readers and emitters run: part of the fingerprint, since they decide the output. Built on
     * every no-op build, in a cold JVM, so with a plain {@link StringBuilder}: streams and {@code +}
     * (each concatenation shape links its own method handles on first use) cost ~10 ms here.
     */
    String pipeline() {
        StringBuilder text = new StringBuilder(stableName(detector)).append(';');
        String separator = "";
        for (Map.Entry<ContractKind, ContractReader> entry : readers.entrySet()) {
            text.append(separator).append(entry.getKey().name()).append('=').append(stableName(entry.getValue()));
            separator = ",";
        }
        text.append(';');
        separator = "";
        for (Emitter emitter : emitters) {
            text.append(separator).append(stableName(emitter));
            separator = ",";
        }
        text.append(';');
        if (proto.isPresent()) {
            text.append(stableName(proto.get().emitter()));
        }
        return text.toString();
    }

    /**
     * The class name of {@code component}, the same in every JVM. A lambda's class is named
     * {@code Outer$$Lambda$14/0x0000...}, with a counter and an address that differ from run to run;
     * in the fingerprint it would make every build look changed, so only {@code Outer$$Lambda} is kept.
     */
    static String stableName(Object component) {
        String name = component.getClass().getName();
        int lambda = name.indexOf("$$Lambda");
        return lambda < 0 ? name : name.substring(0, lambda + "$$Lambda".length());
    }
}
