package io.github.contractgen.generator;

import io.github.contractgen.generator.emit.config.ConfigPlans;
import io.github.contractgen.generator.emit.grpc.RpcEmitContext;
import io.github.contractgen.generator.model.Contract;
import io.github.contractgen.generator.model.RpcMethod;
import io.github.contractgen.generator.naming.ConfigNames;
import io.github.contractgen.generator.naming.RpcNames;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The names a template can use for one gRPC service: the same names as {@link TemplateModel}'s, filled
 * from the proto file and the service.
 *
 * <p>A proto file names no server, no security scheme and no REST operation, so those lists are empty;
 * {@code rpcMethods} lists the facade methods instead. Several services often share one Java package
 * (protoc's {@code java_package}), so {@code serviceDirectory} is a directory of the service's own
 * inside the package: the services' {@code README.md} files must not collide.
 */
final class RpcTemplateModel {

    private RpcTemplateModel() {}

    static Map<String, Object> of(Contract contract, RpcEmitContext context, String generatorVersion) {
        String serviceId = ConfigNames.serviceId(context.file().path(), context.service().name());
        String segment = serviceId.substring(serviceId.lastIndexOf('.') + 1);
        String packageName = context.names().packageName();
        String packagePath = packageName.replace('.', '/');
        Map<String, Object> model = new TreeMap<>();
        model.put("generatorVersion", generatorVersion);
        model.put("contract", contract.path());
        model.put("contractKind", "proto");
        model.put("contractVersion", contract.version());
        model.put("serviceName", context.service().name());
        model.put("serviceTitle", context.service().name());
        model.put("serviceVersion", "");
        model.put("serviceDescription", context.service().description());
        String client = context.names().facadeClass("Client").simpleName();
        model.put("serviceType", client.substring(0, client.length() - "Client".length()));
        model.put("serviceId", serviceId);
        model.put("serviceSegment", segment);
        model.put("package", packageName);
        model.put("packagePath", packagePath);
        model.put("serviceDirectory", packagePath.isEmpty() ? segment : packagePath + "/" + segment);
        model.put("baseUri", "");
        model.put("servers", List.of());
        model.put("operations", List.of());
        model.put("securitySchemes", List.of());
        model.put("rest", false);
        model.put("events", false);
        model.put("grpc", true);
        model.put("eventOperations", List.of());
        model.put("rpcMethods", context.service().methods().stream().map(method -> method(context.names(), method)).toList());
        TemplateModel.configKeys(model, Optional.of(ConfigPlans.grpc(context)));
        return model;
    }

    private static Map<String, Object> method(RpcNames names, RpcMethod method) {
        return Map.of("name", names.facadeMethod(method), "rpc", method.name(),
                "kind", method.kind().name().toLowerCase(Locale.ROOT).replace("bidi_", "bidirectional ").replace('_', ' '),
                "summary", method.description().lines().findFirst().orElse(""),
                "deprecated", method.deprecated());
    }
}
