package io.github.contractgen.generator.reader;

import io.github.contractgen.generator.model.Contract;
import io.github.contractgen.generator.reader.openapi.OpenApiDocumentReader;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads OpenAPI 2.0, 3.0 and 3.1 descriptions, in YAML or JSON, into the contract model.
 *
 * <p>Each file becomes one {@link Contract} with one {@link Service} named after the file (without its
 * extension). References to other local files are resolved; remote references are refused with an
 * error unless {@link ReaderOptions#allowRemoteRefs()} is set, and are then fetched over http(s)
 * through {@link io.github.contractgen.generator.reader.source.RemoteDocuments} (size limit, timeouts,
 * TLS verified, no credentials sent), with the references inside a fetched document resolved against
 * its URL. Every problem is reported with the file, line and column. This class is stateless and
 * thread-safe.
 */
public final class OpenApiReader implements ContractReader {

    @Override
    public ReadResult read(Path contractsDirectory, Path file, ReaderOptions options) {
        Objects.requireNonNull(contractsDirectory, "contractsDirectory");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        String relative = relative(contractsDirectory, file);
        return new OpenApiDocumentReader(file, relative, options).read();
    }

    private static String relative(Path directory, Path file) {
        Path base = directory.toAbsolutePath().normalize();
        Path target = file.toAbsolutePath().normalize();
        Path relative = target.startsWith(base) ? base.relativize(target) : target.getFileName();
        return relative.toString().replace('\\', '/');
    }

    /** The service name for a contract file: its base name without extension ({@code petstore.yaml} → {@code petstore}). */
    public static String serviceName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
