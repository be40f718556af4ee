package io.github.contractgen.generator;

import io.github.contractgen.generator.emit.EmitContext;
import io.github.contractgen.generator.emit.config.ConfigPlan;
import io.github.contractgen.generator.emit.config.ConfigPlans;
import io.github.contractgen.generator.emit.events.EventsFiles;
import io.github.contractgen.generator.model.Contract;
import io.github.contractgen.generator.model.ContractKind;
import io.github.contractgen.generator.model.Operation;
import io.github.contractgen.generator.model.SecurityScheme;
import io.github.contractgen.generator.model.Server;
import io.github.contractgen.generator.model.Service;
import io.github.contractgen.generator.naming.SymbolTable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The names a template can use for one service: a fully resolved, null-free view of the model.
 *
 * <p>Templates see plain strings and lists of string maps, never model objects, so that the template
 * language stays tiny and a template cannot depend on the model's Java shape. The names are listed
 * for template authors in {@code templates/README.md}; keep the two in step.
 */
final class TemplateModel {

    private TemplateModel() {}

    /**
     * @param serviceId the service's package below the base package, dotted, e.g. {@code billing.invoices}
     */
    static Map<String, Object> of(Contract contract, Service service, SymbolTable symbols, String serviceId,
            String generatorVersion) {
        Map<String, Object> model = new TreeMap<>();
        model.put("generatorVersion", generatorVersion);
        model.put("contract", contract.path());
        model.put("contractKind", contract.kind().name().toLowerCase(Locale.ROOT));
        model.put("contractVersion", contract.version());
        model.put("serviceName", service.name());
        model.put("serviceTitle", service.title().isEmpty() ? service.name() : service.title());
        model.put("serviceVersion", service.version());
        model.put("serviceDescription", service.description());
        model.put("serviceType", symbols.serviceTypeName());
        model.put("serviceId", serviceId);
        model.put("serviceSegment", serviceId.substring(serviceId.lastIndexOf('.') + 1));
        model.put("package", symbols.packageName());
        model.put("packagePath", symbols.packageName().replace('.', '/'));
        model.put("serviceDirectory", symbols.packageName().replace('.', '/'));
        model.put("baseUri", service.servers().isEmpty() ? "" : service.servers().get(0).url());
        model.put("servers", service.servers().stream().map(TemplateModel::server).toList());
        model.put("operations", service.operations().stream().map(TemplateModel::operation).toList());
        model.put("securitySchemes", service.securitySchemes().stream().map(TemplateModel::scheme).toList());
        model.put("rest", contract.kind() == ContractKind.OPENAPI);
        model.put("events", contract.kind() == ContractKind.ASYNCAPI);
        model.put("grpc", false);
        model.put("rpcMethods", List.of());
        EmitContext context = new EmitContext(contract, service, symbols, generatorVersion);
        model.put("eventOperations", contract.events(service.name())
                .map(events -> EventsFiles.members(context, events).stream().map(TemplateModel::eventOperation).toList())
                .orElse(List.of()));
        configKeys(model, contract.kind() == ContractKind.ASYNCAPI
                ? contract.events(service.name()).map(events -> ConfigPlans.events(context, events))
                : Optional.of(ConfigPlans.rest(context)));
        return model;
    }

    /**
     * {@code configKeys}, {@code configResource}, {@code configFileKey}: the keys of the generated
     * {@code <Service>Config}, planned by the same code that writes the class, so the file cannot disagree.
     */
    static void configKeys(Map<String, Object> model, Optional<ConfigPlan> plan) {
        List<ConfigPlan.Key> keys = plan.map(ConfigPlan::keys).orElse(List.of());
        model.put("configKeys", keys.stream().filter(key -> !key.suffix().equals("configFile"))
                .map(key -> Map.<String, Object>of("property", key.property(), "environment", key.environment(),
                        "secret", key.secret(), "doc", key.doc()))
                .toList());
        ConfigPlan.Key file = keys.stream().filter(key -> key.suffix().equals("configFile")).findFirst().orElse(null);
        model.put("configFileKey", file == null ? "" : file.property());
        model.put("configFileEnvironment", file == null ? "" : file.environment());
        model.put("configResource", plan.map(p -> p.serviceId() + ".properties").orElse(""));
    }

    private static Map<String, Object> server(Server server) {
        return Map.of("url", server.url(), "name", server.name(), "description", server.description());
    }

    private static Map<String, Object> operation(Operation operation) {
        String headers = operation.successHeaders().stream().map(header -> "`" + header.name() + "`")
                .collect(java.util.stream.Collectors.joining(", "));
        return Map.of("id", operation.id(), "group", operation.group(), "method", operation.method(),
                "path", operation.path(), "summary", operation.summary(),
                "deprecated", operation.deprecated(), "responseHeaders", headers,
                "hasResponseHeaders", !headers.isEmpty());
    }

    /**
     * {@code sends}: the generated code sends it (the described application receives it); {@code request}
     * and {@code reply}: request/reply, the generated code asking or answering.
     */
    private static Map<String, Object> eventOperation(EventsFiles.Member operation) {
        boolean sends = operation.sends();
        Map<String, Object> model = new TreeMap<>();
        model.put("id", operation.id());
        model.put("member", operation.member());
        model.put("address", operation.address());
        model.put("sends", sends);
        model.put("receives", !sends);
        model.put("request", operation.requestReply() && sends);
        model.put("reply", operation.requestReply() && !sends);
        model.put("replyAddress", operation.replyAddress());
        model.put("replyToInbox", operation.requestReply() && operation.replyAddress().isEmpty());
        model.put("replyHeader", operation.replyHeader());
        return model;
    }

    private static Map<String, Object> scheme(SecurityScheme scheme) {
        return Map.of("name", scheme.name(), "type", scheme.type().name().toLowerCase(Locale.ROOT),
                "description", scheme.description());
    }

    /** The names a template may use, for the README and its test. */
    static List<String> names() {
        return List.of("baseUri", "configFileEnvironment", "configFileKey", "configKeys", "configResource", "contract",
                "contractKind", "contractVersion", "eventOperations", "events",
                "generatorVersion", "grpc", "operations", "package", "packagePath", "rest", "rpcMethods",
                "securitySchemes", "servers", "serviceDescription", "serviceDirectory", "serviceId", "serviceName",
                "serviceSegment", "serviceTitle", "serviceType", "serviceVersion");
    }
}
