package io.github.contractgen.generator.reader.openapi;

import io.github.contractgen.generator.model.Contract;
import io.github.contractgen.generator.model.ContractKind;
import io.github.contractgen.generator.model.Diagnostic;
import io.github.contractgen.generator.model.Service;
import io.github.contractgen.generator.reader.OpenApiReader;
import io.github.contractgen.generator.reader.ReadResult;
import io.github.contractgen.generator.reader.ReaderOptions;
import io.github.contractgen.generator.reader.source.JsonPointers;
import io.github.contractgen.generator.reader.source.Problems;
import io.github.contractgen.generator.reader.source.RemoteDocuments;
import io.github.contractgen.generator.reader.source.SourceDocument;
import io.swagger.v3.oas.models.OpenAPI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Reads one OpenAPI file: parse once, resolve remote references when allowed, check references, let
 * swagger-parser resolve local ones and convert, build the model, and locate every problem. One
 * instance per read.
 */
public final class OpenApiDocumentReader {

    /**
     * The versions swagger-parser reads: 2.0 and 3.0.x / 3.1.x. Anything else (1.2, 3.2, 4.0) would be
     * read as an empty or half-understood description, so it is refused before parsing.
     */
    private static final Pattern OPENAPI_3 = Pattern.compile("3\\.[01](\\.\\d+)?(-[\\w.]+)?");

    private final Path file;
    private final String relative;
    private final boolean allowRemoteRefs;
    private final boolean lenientRefs;
    private final Problems problems;

    public OpenApiDocumentReader(Path file, String relative, ReaderOptions options) {
        this.file = file;
        this.relative = relative;
        this.allowRemoteRefs = options.allowRemoteRefs();
        this.lenientRefs = options.lenientRefs();
        this.problems = new Problems(relative);
    }

    public ReadResult read() {
        Optional<SourceDocument> document = SourceDocument.load(file, relative, problems);
        if (document.isEmpty()) {
            return result(Optional.empty());
        }
        SourceDocument source = document.get();
        String version = source.declaredVersion();
        if (version.isEmpty()) {
            problems.atPosition(Diagnostic.Severity.ERROR, relative, 1, 1,
                    "not an OpenAPI description: it has no top-level 'openapi' or 'swagger' field");
            return result(Optional.empty());
        }
        if (source.isSwagger2() ? !version.equals("2.0") : !OPENAPI_3.matcher(version).matches()) {
            String field = source.isSwagger2() ? "swagger" : "openapi";
            problems.atSource(Diagnostic.Severity.ERROR, relative, "/" + field, field + " version '" + version
                    + "' is not supported; contractgen reads OpenAPI 2.0 (swagger), 3.0 and 3.1: declare one of"
                    + " them, converting the description if needed");
            return result(Optional.empty());
        }
        UnaryOperator<String> sourcePointer = source.isSwagger2() ? JsonPointers::toSwagger2 : UnaryOperator.identity();
        problems.modelPointers(sourcePointer);
        if (allowRemoteRefs) {
            // First, so that what is fetched is stripped and checked like the rest of the contract.
            RemoteRefs.resolve(source, problems, RemoteDocuments::new);
        }
        ExampleStripper.strip(source.root());
        new RefGuard(allowRemoteRefs, lenientRefs, problems).check(source);
        Optional<OpenAPI> api = SwaggerBridge.parse(source, problems);
        if (api.isEmpty()) {
            return result(Optional.empty());
        }
        ReadContext context = new ReadContext(problems, new ModelRefs(api.get()), new TypeRegistry(), relative, sourcePointer);
        Service service;
        try {
            service = new ServiceBuilder(context).build(OpenApiReader.serviceName(file), api.get(), source.root(),
                    source.isSwagger2());
        } catch (RuntimeException e) {
            // A construct the converter did not expect must still end in a located report, not a stack trace.
            problems.error("", "the description could not be converted (" + e + "); please report this with the file");
            return result(Optional.empty());
        }
        return result(Optional.of(new Contract(relative, ContractKind.OPENAPI, version, List.of(service))));
    }

    private ReadResult result(Optional<Contract> contract) {
        return new ReadResult(contract, problems.diagnostics());
    }
}
