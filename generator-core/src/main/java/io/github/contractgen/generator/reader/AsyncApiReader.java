package io.github.contractgen.generator.reader;

import io.github.contractgen.generator.model.Contract;
import io.github.contractgen.generator.reader.asyncapi.AsyncApiDocumentReader;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads AsyncAPI 2.0–2.6 and 3.0 documents (3.1 is read as 3.0), in YAML or JSON, into the contract
 * model: one {@link Contract} per file with one service named after the file, its payload types in
 * {@link io.github.contractgen.generator.model.Service#types()} and its operations in
 * {@link Contract#events()}.
 *
 * <p>The document is read as a Jackson tree, without asyncapi-core: that library resolves no
 * {@code $ref}, and its typed view would add nothing the walk over the tree needs (and would lose the
 * line and column every diagnostic names). References inside the document and to local files are
 * resolved here, offline; remote references are refused with an error unless
 * {@link ReaderOptions#allowRemoteRefs()} lets {@code RemoteDocuments} fetch them. Payload schemas go through the OpenAPI reader's schema converter, so they become the same
 * records, enums and unions. Stateless and thread-safe.
 */
public final class AsyncApiReader implements ContractReader {

    @Override
    public ReadResult read(Path contractsDirectory, Path file, ReaderOptions options) {
        Objects.requireNonNull(contractsDirectory, "contractsDirectory");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        Path base = contractsDirectory.toAbsolutePath().normalize();
        Path target = file.toAbsolutePath().normalize();
        Path relative = target.startsWith(base) ? base.relativize(target) : target.getFileName();
        return new AsyncApiDocumentReader(file, relative.toString().replace('\\', '/'),
                OpenApiReader.serviceName(file), options.allowRemoteRefs()).read();
    }
}
