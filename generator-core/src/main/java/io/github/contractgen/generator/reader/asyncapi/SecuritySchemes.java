package io.github.contractgen.generator.reader.asyncapi;

import io.github.contractgen.generator.model.SecurityRequirement;
import io.github.contractgen.generator.model.SecurityScheme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The security schemes of an AsyncAPI document and what each server requires of them: what a generated
 * config needs to know which credentials a broker asks for.
 *
 * <p>2.x servers list requirement objects ({@code - scram: []}); 3.0 servers list scheme objects,
 * usually {@code $ref}s into {@code components/securitySchemes}. An inline 3.0 scheme is named after its
 * server and position, so that every requirement names a scheme of the service.
 */
final class SecuritySchemes {

    private static final String COMPONENTS = "/components/securitySchemes/";

    private final Documents documents;
    private final Map<String, SecurityScheme> schemes = new TreeMap<>();

    SecuritySchemes(Documents documents, Located root) {
        this.documents = documents;
        for (Map.Entry<String, Located> entry : root.get("components").get("securitySchemes").members()) {
            documents.resolve(entry.getValue()).ifPresent(found -> schemes.put(entry.getKey(), scheme(entry.getKey(), found)));
        }
    }

    /** Every scheme, sorted by name. */
    List<SecurityScheme> schemes() {
        List<SecurityScheme> sorted = new ArrayList<>(schemes.values());
        sorted.sort(Comparator.comparing(SecurityScheme::name));
        return sorted;
    }

    /** The requirements of one server, in contract order. */
    List<SecurityRequirement> requirements(String serverName, Located server) {
        List<SecurityRequirement> requirements = new ArrayList<>();
        List<Located> items = server.get("security").elements();
        for (int i = 0; i < items.size(); i++) {
            Located item = items.get(i);
            String ref = item.text("$ref");
            if (!ref.isEmpty()) {
                Optional<Located> target = documents.resolve(item);
                String name = ref.contains(COMPONENTS) ? ref.substring(ref.indexOf(COMPONENTS) + COMPONENTS.length())
                        : serverName + "-security-" + (i + 1);
                target.ifPresent(found -> schemes.putIfAbsent(name, scheme(name, found)));
                requirements.add(new SecurityRequirement(List.of(name)));
            } else if (!item.text("type").isEmpty()) {
                String name = serverName + "-security-" + (i + 1);
                schemes.putIfAbsent(name, scheme(name, item));
                requirements.add(new SecurityRequirement(List.of(name)));
            } else {
                List<String> names = new ArrayList<>();
                item.members().forEach(member -> names.add(member.getKey()));
                requirements.add(new SecurityRequirement(names));
            }
        }
        return requirements;
    }

    private static SecurityScheme scheme(String name, Located scheme) {
        SecurityScheme.Type type = switch (scheme.text("type").toLowerCase(Locale.ROOT)) {
            case "userpassword" -> SecurityScheme.Type.USER_PASSWORD;
            case "plain" -> SecurityScheme.Type.SASL_PLAIN;
            case "scramsha256" -> SecurityScheme.Type.SASL_SCRAM_SHA_256;
            case "scramsha512" -> SecurityScheme.Type.SASL_SCRAM_SHA_512;
            case "x509" -> SecurityScheme.Type.MUTUAL_TLS;
            default -> SecurityScheme.Type.UNSUPPORTED;
        };
        return new SecurityScheme(name, type, null, "", "", List.of(), scheme.text("description"));
    }
}
