package io.github.contractgen.generator.model;

import java.util.List;
import java.util.Objects;

/**
 * One {@code .proto} file that code is generated for, read from protoc's descriptor set.
 *
 * @param path the file's name in the descriptor set: relative to its include directory, {@code /}
 *     separators; it is what {@code @Generated} records and what diagnostics name
 * @param syntax {@code proto2}, {@code proto3} or {@code editions}
 * @param edition for {@code editions}: the edition ({@code 2023}); otherwise empty
 * @param protoPackage the proto package, may be empty
 * @param javaPackage where protoc puts the file's Java classes
 * @param outerClassName the file's outer class, as protoc names it
 * @param multipleFiles whether top-level messages, enums and services get files of their own
 * @param services the services the file declares, in declaration order
 */
public record ProtoFile(
        String path,
        String syntax,
        String edition,
        String protoPackage,
        String javaPackage,
        String outerClassName,
        boolean multipleFiles,
        List<RpcService> services) {

    public ProtoFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(syntax, "syntax");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(protoPackage, "protoPackage");
        Objects.requireNonNull(javaPackage, "javaPackage");
        Objects.requireNonNull(outerClassName, "outerClassName");
        services = List.copyOf(services);
    }
}
