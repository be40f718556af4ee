package io.github.contractgen.generator.reader.openapi;

import io.github.contractgen.generator.model.ParameterLocation;
import io.github.contractgen.generator.model.SecurityRequirement;
import io.github.contractgen.generator.model.SecurityScheme;
import io.github.contractgen.generator.reader.source.JsonPointers;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Converts security schemes (sorted by name) and security requirements (alternatives in contract order). */
final class SecurityConverter {

    private final ReadContext context;

    SecurityConverter(ReadContext context) {
        this.context = context;
    }

    List<SecurityScheme> schemes(Map<String, io.swagger.v3.oas.models.security.SecurityScheme> declared) {
        List<SecurityScheme> schemes = new ArrayList<>();
        if (declared == null) {
            return schemes;
        }
        new TreeMap<>(declared).forEach((name, scheme) -> {
            String pointer = JsonPointers.append("/components/securitySchemes", name);
            io.swagger.v3.oas.models.security.SecurityScheme real = scheme == null || scheme.get$ref() == null
                    ? scheme : context.refs().follow(scheme.get$ref(), io.swagger.v3.oas.models.security.SecurityScheme.class);
            schemes.add(scheme(name, real, pointer));
        });
        return schemes;
    }

    private SecurityScheme scheme(String name, io.swagger.v3.oas.models.security.SecurityScheme scheme, String pointer) {
        String description = scheme == null ? "" : SchemaConverter.text(scheme.getDescription());
        if (scheme == null || scheme.getType() == null) {
            return unsupported(name, "has no type", description, pointer);
        }
        switch (scheme.getType()) {
            case APIKEY: {
                ParameterLocation in = scheme.getIn() == null ? null : switch (scheme.getIn()) {
                    case HEADER -> ParameterLocation.HEADER;
                    case QUERY -> ParameterLocation.QUERY;
                    case COOKIE -> ParameterLocation.COOKIE;
                };
                if (in == null || scheme.getName() == null) {
                    return unsupported(name, "is an apiKey without 'in' or 'name'", description, pointer);
                }
                return new SecurityScheme(name, SecurityScheme.Type.API_KEY, in, scheme.getName(), "", List.of(), description);
            }
            case HTTP: {
                String kind = scheme.getScheme() == null ? "" : scheme.getScheme().toLowerCase(Locale.ROOT);
                if (kind.equals("basic") || kind.equals("bearer")) {
                    SecurityScheme.Type type = kind.equals("basic") ? SecurityScheme.Type.HTTP_BASIC : SecurityScheme.Type.HTTP_BEARER;
                    return new SecurityScheme(name, type, null, "", "", List.of(), description);
                }
                return unsupported(name, "uses HTTP scheme '" + scheme.getScheme() + "'", description, pointer);
            }
            case OAUTH2:
                return oauth2(name, scheme.getFlows(), description);
            case OPENIDCONNECT:
                return new SecurityScheme(name, SecurityScheme.Type.OAUTH2_OTHER, null, "", "", List.of(), description);
            case MUTUALTLS:
                return new SecurityScheme(name, SecurityScheme.Type.MUTUAL_TLS, null, "", "", List.of(), description);
            default:
                return unsupported(name, "has type '" + scheme.getType() + "'", description, pointer);
        }
    }

    private static SecurityScheme oauth2(String name, OAuthFlows flows, String description) {
        if (flows != null && flows.getClientCredentials() != null) {
            OAuthFlow flow = flows.getClientCredentials();
            return new SecurityScheme(name, SecurityScheme.Type.OAUTH2_CLIENT_CREDENTIALS, null, "",
                    SchemaConverter.text(flow.getTokenUrl()), scopes(List.of(flow)), description);
        }
        List<OAuthFlow> all = new ArrayList<>();
        if (flows != null) {
            for (OAuthFlow flow : new OAuthFlow[] {flows.getAuthorizationCode(), flows.getImplicit(), flows.getPassword()}) {
                if (flow != null) {
                    all.add(flow);
                }
            }
        }
        return new SecurityScheme(name, SecurityScheme.Type.OAUTH2_OTHER, null, "", "", scopes(all), description);
    }

    private static List<String> scopes(List<OAuthFlow> flows) {
        TreeSet<String> scopes = new TreeSet<>();
        flows.stream().filter(flow -> flow.getScopes() != null).forEach(flow -> scopes.addAll(flow.getScopes().keySet()));
        return List.copyOf(scopes);
    }

    private SecurityScheme unsupported(String name, String why, String description, String pointer) {
        context.problems().warning(pointer, "security scheme '" + name + "' " + why
                + ", which the generated client does not implement; it is named but not applied");
        return new SecurityScheme(name, SecurityScheme.Type.UNSUPPORTED, null, "", "", List.of(), description);
    }

    /** The scopes each scheme of a requirement asks for; a null list (tolerated by the parser) is none. */
    private static Map<String, List<String>> scopesOf(io.swagger.v3.oas.models.security.SecurityRequirement requirement) {
        Map<String, List<String>> scopes = new TreeMap<>();
        requirement.forEach((scheme, names) -> scopes.put(scheme, names == null ? List.of() : List.copyOf(names)));
        return scopes;
    }

    /** Each requirement object is one alternative; an empty one means "no authentication" is accepted. */
    static List<SecurityRequirement> requirements(List<io.swagger.v3.oas.models.security.SecurityRequirement> declared) {
        List<SecurityRequirement> requirements = new ArrayList<>();
        if (declared != null) {
            for (io.swagger.v3.oas.models.security.SecurityRequirement requirement : declared) {
                requirements.add(requirement == null
                        ? new SecurityRequirement(List.of())
                        : new SecurityRequirement(List.copyOf(requirement.keySet()), scopesOf(requirement)));
            }
        }
        return requirements;
    }
}
