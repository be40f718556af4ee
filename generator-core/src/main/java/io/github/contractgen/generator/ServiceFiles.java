package io.github.contractgen.generator;

import com.palantir.javapoet.JavaFile;
import io.github.contractgen.generator.emit.EmitContext;
import io.github.contractgen.generator.emit.GeneratedAnnotation;
import io.github.contractgen.generator.emit.EmitFailure;
import io.github.contractgen.generator.emit.Emitter;
import io.github.contractgen.generator.emit.GrpcEmitter;
import io.github.contractgen.generator.emit.grpc.RpcEmitContext;
import io.github.contractgen.generator.model.Contract;
import io.github.contractgen.generator.model.ContractKind;
import io.github.contractgen.generator.model.ProtoFile;
import io.github.contractgen.generator.model.RpcService;
import io.github.contractgen.generator.model.Diagnostic;
import io.github.contractgen.generator.model.Service;
import io.github.contractgen.generator.model.SourceLocation;
import io.github.contractgen.generator.naming.ConfigNames;
import io.github.contractgen.generator.naming.SymbolTable;
import io.github.contractgen.generator.template.TemplateSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Turns read contracts into output files in memory: every emitter and every template for every service.
 *
 * <p>A service's package is the base package, then the contract's directory below the contracts root,
 * then the service name: {@code billing/invoices.yaml} with a service {@code Invoices} lands in
 * {@code <base>.billing.invoices}. Two services that would write the same file are an error that names
 * both contracts, never a silent overwrite.
 */
final class ServiceFiles {

    /** Java sources are written with this indentation, whatever an emitter asked for. */
    static final String INDENT = "    ";

    private final List<Emitter> emitters;
    private final TemplateSet templates;
    private final String basePackage;
    private final String generatorVersion;
    private final UnaryOperator<String> sources;
    private final SortedMap<String, byte[]> files = new TreeMap<>();
    private final Map<String, String> origins = new TreeMap<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    /**
     * @param sources how {@code @Generated} names a contract, from its path below the contracts directory
     *     (see {@link GeneratedAnnotation#source})
     */
    ServiceFiles(List<Emitter> emitters, TemplateSet templates, String basePackage, String generatorVersion,
            UnaryOperator<String> sources) {
        this.emitters = emitters;
        this.templates = templates;
        this.basePackage = basePackage;
        this.generatorVersion = generatorVersion;
        this.sources = sources;
    }

    void add(Contract contract) {
        for (Service service : contract.services()) {
            List<String> packagePath = packagePath(contract.path(), service.name());
            SymbolTable symbols = SymbolTable.of(basePackage, packagePath, service);
            EmitContext context = new EmitContext(contract, service, symbols, generatorVersion,
                    sources.apply(contract.path()));
            String where = "contract " + contract.path() + ", service " + service.name();
            for (Emitter emitter : emitters) {
                // Each file becomes text as soon as it is built (see Emitter.emitEach); a failure in
                // either step names the emitter, and the file when it is known.
                EmitFailure.during(where + ", emitter " + Generator.stableName(emitter), () -> {
                    emitter.emitEach(context, javaFile -> {
                        String path = javaPath(javaFile);
                        put(contract, path, EmitFailure.during("file " + path, () -> javaSource(javaFile)));
                    });
                    return null;
                });
            }
            String serviceId = ConfigNames.serviceId(contract.path(), service.name());
            render(contract, TemplateModel.of(contract, service, symbols, serviceId, generatorVersion));
        }
    }

    /** The gRPC code of every service of a proto file, and its templates. */
    void addProto(Contract contract, ProtoFile file, GrpcEmitter emitter) {
        for (RpcService service : file.services()) {
            RpcEmitContext context = RpcEmitContext.of(file, service, generatorVersion, sources.apply(file.path()));
            for (JavaFile javaFile : emitter.emit(context)) {
                put(contract, javaPath(javaFile), javaSource(javaFile));
            }
            render(contract, RpcTemplateModel.of(contract, context, generatorVersion));
        }
    }

    private void render(Contract contract, Map<String, Object> model) {
        for (TemplateSet.Entry entry : templates.entries()) {
            String text = templates.template(entry.template()).render(model);
            put(contract, entry.output().render(model), text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** protoc's message classes, by path; a clash with one of ours names protoc as the other side. */
    void addProtocOutput(SortedMap<String, byte[]> sources) {
        Contract protoc = new Contract("protoc", ContractKind.PROTO, "", List.of());
        sources.forEach((path, content) -> put(protoc, path, content));
    }

    SortedMap<String, byte[]> files() {
        return files;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    static List<String> packagePath(String contractPath, String serviceName) {
        List<String> path = new ArrayList<>(List.of(contractPath.split("/")));
        path.remove(path.size() - 1); // the file name: the service name names the package instead
        path.add(serviceName);
        return path;
    }

    /** The source text: fixed indentation, {@code \n} line ends (JavaPoet's own), UTF-8. */
    static byte[] javaSource(JavaFile javaFile) {
        StringBuilder text = new StringBuilder();
        try {
            javaFile.toBuilder().indent(INDENT).build().writeTo(text);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not throw", e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String javaPath(JavaFile javaFile) {
        String dir = javaFile.packageName().isEmpty() ? "" : javaFile.packageName().replace('.', '/') + "/";
        return dir + javaFile.typeSpec().name() + ".java";
    }

    private void put(Contract contract, String path, byte[] content) {
        if (path.equals(OutputState.FILE_NAME) || path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            diagnostics.add(Diagnostic.error(SourceLocation.of(contract.path()),
                    "a template would write '" + path + "', which is not a plain path inside the output directory;"
                            + " fix the output pattern in templates.list"));
            return;
        }
        String earlier = origins.putIfAbsent(path, contract.path());
        if (earlier != null) {
            String other = earlier.equals(contract.path()) ? "another service of the same contract" : earlier;
            diagnostics.add(Diagnostic.error(SourceLocation.of(contract.path()), "generates " + path
                    + ", which " + other + " generates too; give the services different names or move one"
                    + " contract into a directory of its own"));
            return;
        }
        files.put(path, new GeneratedFile(path, content).content());
    }
}
