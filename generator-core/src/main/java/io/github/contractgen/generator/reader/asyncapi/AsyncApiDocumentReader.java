package io.github.contractgen.generator.reader.asyncapi;

import io.github.contractgen.generator.model.Contract;
import io.github.contractgen.generator.model.ContractKind;
import io.github.contractgen.generator.model.Diagnostic;
import io.github.contractgen.generator.model.EventOperation;
import io.github.contractgen.generator.model.EventService;
import io.github.contractgen.generator.model.Service;
import io.github.contractgen.generator.reader.ReadResult;
import io.github.contractgen.generator.reader.openapi.JsonSchemaTypes;
import io.github.contractgen.generator.reader.source.Problems;
import io.github.contractgen.generator.reader.source.SourceDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one AsyncAPI file: parse once, walk the operations of its version (references resolved on the
 * way), convert the schemas with the shared converter, and locate every problem. One instance per read.
 */
public final class AsyncApiDocumentReader {

    private final Path file;
    private final String relative;
    private final String serviceName;
    private final boolean allowRemoteRefs;
    private final Problems problems;

    public AsyncApiDocumentReader(Path file, String relative, String serviceName, boolean allowRemoteRefs) {
        this.file = file;
        this.relative = relative;
        this.serviceName = serviceName;
        this.allowRemoteRefs = allowRemoteRefs;
        this.problems = new Problems(relative);
    }

    public ReadResult read() {
        Optional<SourceDocument> document = SourceDocument.load(file, relative, problems);
        if (document.isEmpty()) {
            return result(Optional.empty());
        }
        SourceDocument source = document.get();
        String version = source.root().path("asyncapi").asText("");
        if (!version.startsWith("2.") && !version.startsWith("3.")) {
            problems.atSource(Diagnostic.Severity.ERROR, relative, version.isEmpty() ? "" : "/asyncapi",
                    version.isEmpty() ? "not an AsyncAPI document: it has no top-level 'asyncapi' field"
                            : "AsyncAPI " + version + " is not supported; use 2.0 to 2.6 or 3.0");
            return result(Optional.empty());
        }
        try {
            return result(Optional.of(contract(source, version)));
        } catch (RuntimeException e) {
            // A construct the reader did not expect must still end in a located report, not a stack trace.
            problems.atSource(Diagnostic.Severity.ERROR, relative, "", "the document could not be read (" + e
                    + "); please report this with the file");
            return result(Optional.empty());
        }
    }

    private Contract contract(SourceDocument source, String version) {
        Located root = new Located(source, "", source.root());
        Documents documents = new Documents(source, problems, allowRemoteRefs);
        SchemaTrees trees = new SchemaTrees(documents, root);
        MessageReader messages = new MessageReader(documents, trees, root.text("defaultContentType"));
        List<Raw.Operation> raw = new ArrayList<>(version.startsWith("2.")
                ? new OperationsV2(documents, messages).read(root)
                : new OperationsV3(documents, messages).read(root));
        raw.sort(Comparator.comparing(Raw.Operation::id));
        JsonSchemaTypes types = JsonSchemaTypes.of(problems, relative, trees.components());
        EventModel model = new EventModel(types, JsonSchemaTypes.schemas(trees.uses()));
        List<EventOperation> operations = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Raw.Operation operation : raw) {
            if (ids.add(operation.id())) {
                operations.add(model.operation(operation));
            } else {
                documents.report(Diagnostic.Severity.ERROR, operation.location(), "operation id '" + operation.id()
                        + "' is used twice; give each operation its own id");
            }
        }
        SecuritySchemes security = new SecuritySchemes(documents, root);
        Servers servers = new Servers(documents, root, security);
        Located info = root.get("info");
        Service service = new Service(serviceName, info.text("title"), info.text("version"), info.text("description"),
                servers.servers(), security.schemes(), List.of(), List.of(), model.types(),
                io.github.contractgen.generator.model.SourceLocation.of(relative));
        EventService events = new EventService(serviceName, servers.brokers(), operations);
        return new Contract(relative, ContractKind.ASYNCAPI, version, List.of(service), List.of(events));
    }

    private ReadResult result(Optional<Contract> contract) {
        return new ReadResult(contract, problems.diagnostics());
    }
}
