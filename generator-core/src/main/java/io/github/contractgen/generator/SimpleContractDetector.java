package io.github.contractgen.generator;

import io.github.contractgen.generator.model.ContractKind;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A small stand-in detector: looks for the top-level {@code openapi}/{@code swagger}/{@code asyncapi}
 * key of a YAML or JSON document and for proto syntax. The reader module's detector replaces it in
 * {@link Generator#standard()}; this one keeps the orchestrator testable on its own.
 */
final class SimpleContractDetector implements ContractDetector {

    private static final Pattern OPENAPI = Pattern.compile("(?m)^[\"']?(openapi|swagger)[\"']?\\s*:|^\\s*\\{?\\s*\"(openapi|swagger)\"\\s*:");
    private static final Pattern ASYNCAPI = Pattern.compile("(?m)^[\"']?asyncapi[\"']?\\s*:|^\\s*\\{?\\s*\"asyncapi\"\\s*:");
    private static final Pattern PROTO = Pattern.compile("(?m)^\\s*(syntax|edition)\\s*=\\s*\"|^\\s*(message|service)\\s+\\w+\\s*\\{");

    @Override
    public Optional<ContractKind> detect(String path, byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (OPENAPI.matcher(text).find()) {
            return Optional.of(ContractKind.OPENAPI);
        }
        if (ASYNCAPI.matcher(text).find()) {
            return Optional.of(ContractKind.ASYNCAPI);
        }
        if (PROTO.matcher(text).find()) {
            return Optional.of(ContractKind.PROTO);
        }
        return Optional.empty();
    }
}
