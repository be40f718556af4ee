package io.github.contractgen.generator.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.contractgen.generator.emit.model.Javadocs;
import io.github.contractgen.generator.model.SecurityScheme;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code PetstoreAuth}: one static factory per security scheme, with the scheme's name,
 * location and token URL baked in, so that a user never spells a scheme name. {@link AuthNames} names
 * the factories.
 */
final class AuthEmitter {

    private static final ClassName STRING = ClassName.get(String.class);

    private final ClientPlan plan;

    AuthEmitter(ClientPlan plan) {
        this.plan = plan;
    }

    /** Whether the service has any scheme at all (else no Auth class is written). */
    boolean applies() {
        return !plan.context().service().securitySchemes().isEmpty();
    }

    JavaFile emit() {
        ClassName auth = plan.context().symbols().serviceClass("Auth");
        TypeSpec.Builder type = TypeSpec.classBuilder(auth)
                .addJavadoc("Credentials for the security schemes of $L; pass them to {@code $T.builder().auth(...)}.\n",
                        plan.context().symbols().serviceTypeName(), plan.client())
                .addAnnotation(Docs.generated(plan.context()))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        List<SecurityScheme> schemes = plan.context().service().securitySchemes();
        AuthNames names = AuthNames.of(schemes);
        for (SecurityScheme scheme : schemes) {
            type.addJavadoc("$L", schemeNote(scheme));
            type.addMethods(new AuthFactories(scheme, names, requiredScopes(scheme)).methods());
        }
        return JavaFile.builder(auth.packageName(), type.build()).skipJavaLangImports(true).indent("    ").build();
    }

    /** The scopes the service's operations ask of {@code scheme}: their union, sorted. */
    private List<String> requiredScopes(SecurityScheme scheme) {
        return plan.context().service().operations().stream()
                .flatMap(operation -> operation.security().stream())
                .flatMap(requirement -> requirement.scopes().getOrDefault(scheme.name(), List.of()).stream())
                .distinct()
                .sorted()
                .toList();
    }

    private static String schemeNote(SecurityScheme scheme) {
        return switch (scheme.type()) {
            case MUTUAL_TLS -> "\n<p>Scheme {@code " + Javadocs.escape(scheme.name()) + "} is mutual TLS: configure the "
                    + "client certificate with {@code builder().tls(TlsConfig.fromPem(chain, key, caBundle))}.\n";
            case UNSUPPORTED -> "\n<p>Scheme {@code " + Javadocs.escape(scheme.name()) + "} is of a kind contractgen does "
                    + "not implement; implement {@code Credential} for it, with scheme name {@code "
                    + Javadocs.escape(scheme.name()) + "}.\n";
            default -> "";
        };
    }

    /** The factories of one scheme. */
    private static final class AuthFactories {

        private final SecurityScheme scheme;
        private final AuthNames names;
        private final List<String> requiredScopes;

        AuthFactories(SecurityScheme scheme, AuthNames names, List<String> requiredScopes) {
            this.scheme = scheme;
            this.names = names;
            this.requiredScopes = requiredScopes;
        }

        List<MethodSpec> methods() {
            return switch (scheme.type()) {
                case API_KEY -> apiKey();
                case HTTP_BASIC -> List.of(factory("basic", "HTTP basic authentication")
                        .addParameter(STRING, "user")
                        .addParameter(STRING, "password")
                        .addJavadoc(tags("@param user the user name\n@param password the password\n"))
                        .addStatement(notNull("user"))
                        .addStatement(notNull("password"))
                        .addStatement("return $T.basic($S, user, password)", RuntimeTypes.CREDENTIALS, scheme.name())
                        .build());
                case HTTP_BEARER -> bearer("bearer");
                case OAUTH2_CLIENT_CREDENTIALS -> List.of(clientCredentials(false), clientCredentials(true), tokenProvider());
                case OAUTH2_OTHER -> List.of(tokenProvider(), bearer("oauth2").get(1));
                default -> List.of(); // mutual TLS, unsupported kinds and broker logins have no factory
            };
        }

        private String location() {
            return scheme.in() == null ? "header" : scheme.in().name().toLowerCase(java.util.Locale.ROOT);
        }

        private String name(String kind) {
            return names.name(scheme, kind);
        }

        private MethodSpec.Builder factory(String kind, String what) {
            MethodSpec.Builder method = MethodSpec.methodBuilder(name(kind))
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(RuntimeTypes.CREDENTIAL)
                    .addJavadoc("Scheme {@code $L}: $L.\n", Javadocs.escape(scheme.name()), what);
            if (!scheme.description().isBlank()) {
                method.addJavadoc("\n<p>$L\n", Javadocs.escape(scheme.description()));
            }
            return method;
        }

        /** The tag block that ends a factory's Javadoc: its {@code @param} lines, then what it returns. */
        private static CodeBlock tags(String params) {
            return CodeBlock.of("\n$L@return the credential, for {@code auth(...)} on the client's builder\n", params);
        }

        /** A null argument fails here, naming it, rather than at the first call that needs it. */
        private static CodeBlock notNull(String parameter) {
            return CodeBlock.of("$T.requireNonNull($N, $S)", Objects.class, parameter, parameter);
        }

        /** A fixed key and, since keys rotate, one asked for on every call, like a bearer token. */
        private List<MethodSpec> apiKey() {
            String what = "the API key sent in the " + location() + " {@code " + Javadocs.escape(scheme.parameterName()) + "}";
            return List.of(
                    factory("apiKey", what + ", asked for on every call so that it may change")
                            .addParameter(ParameterizedTypeName.get(ClassName.get(Supplier.class), STRING), "key")
                            .addJavadoc(tags("@param key supplies the key for each call\n"))
                            .addStatement(notNull("key"))
                            .addStatement("return $T.apiKey($S, $T.$L, $S, key)", RuntimeTypes.CREDENTIALS, scheme.name(),
                                    RuntimeTypes.API_KEY_LOCATION, scheme.in().name(), scheme.parameterName())
                            .build(),
                    factory("apiKey", what)
                            .addParameter(STRING, "key")
                            .addJavadoc(tags("@param key the key, sent as it is\n"))
                            .addStatement(notNull("key"))
                            .addStatement("return $T.apiKey($S, $T.$L, $S, () -> key)", RuntimeTypes.CREDENTIALS, scheme.name(),
                                    RuntimeTypes.API_KEY_LOCATION, scheme.in().name(), scheme.parameterName())
                            .build());
        }

        private List<MethodSpec> bearer(String kind) {
            return List.of(
                    factory(kind, "a bearer token, asked for on every call so that it may change")
                            .addParameter(ParameterizedTypeName.get(ClassName.get(Supplier.class), STRING), "token")
                            .addJavadoc(tags("@param token supplies the token for each call\n"))
                            .addStatement(notNull("token"))
                            .addStatement("return $T.bearer($S, token)", RuntimeTypes.CREDENTIALS, scheme.name())
                            .build(),
                    factory(kind, "a fixed bearer token")
                            .addParameter(STRING, "token")
                            .addJavadoc(tags("@param token the token, sent as it is\n"))
                            .addStatement(notNull("token"))
                            .addStatement("return $T.bearer($S, () -> token)", RuntimeTypes.CREDENTIALS, scheme.name())
                            .build());
        }

        private MethodSpec tokenProvider() {
            return factory("oauth2", "an OAuth2 access token from {@code tokens}, sent as a bearer token")
                    .addParameter(RuntimeTypes.TOKEN_PROVIDER, "tokens")
                    .addJavadoc(tags("@param tokens supplies an access token for each call\n"))
                    .addStatement(notNull("tokens"))
                    .addStatement("return $T.oauth2($S, tokens)", RuntimeTypes.CREDENTIALS, scheme.name())
                    .build();
        }

        private MethodSpec clientCredentials(boolean withScopes) {
            MethodSpec.Builder method = factory("clientCredentials", "the OAuth2 client-credentials flow against {@code "
                    + Javadocs.escape(scheme.tokenUrl()) + "}; tokens are cached until shortly before they expire, and "
                    + "fetched with the client's TLS settings")
                    .addParameter(STRING, "clientId")
                    .addParameter(STRING, "clientSecret");
            if (!scheme.scopes().isEmpty()) {
                method.addJavadoc("\n<p>Scopes the contract declares: $L.\n", codes(scheme.scopes()));
            }
            if (withScopes) {
                method.addParameter(ParameterizedTypeName.get(ClassName.get(List.class), STRING), "scopes");
            } else {
                method.addJavadoc("\n<p>Asks for the scopes the contract's operations require: $L.\n",
                        requiredScopes.isEmpty() ? "none" : codes(requiredScopes));
            }
            method.addJavadoc(tags("@param clientId the client's id at the token endpoint\n@param clientSecret the"
                    + " client's secret at the token endpoint\n" + (withScopes ? "@param scopes the scopes to ask for,"
                    + " instead of those the operations require\n" : "")));
            method.addStatement(notNull("clientId")).addStatement(notNull("clientSecret"));
            if (withScopes) {
                method.addStatement(notNull("scopes"));
            }
            return method.addStatement("return $T.oauth2($S, $T.builder().tokenUri($T.create($S)).clientId(clientId)"
                            + ".clientSecret(clientSecret).scopes($L).build())", RuntimeTypes.CREDENTIALS, scheme.name(),
                            RuntimeTypes.CLIENT_CREDENTIALS_PROVIDER, URI.class, scheme.tokenUrl(),
                            withScopes ? CodeBlock.of("scopes") : scopeList())
                    .build();
        }

        private CodeBlock scopeList() {
            return CodeBlock.of("$T.of($L)", List.class, requiredScopes.stream()
                    .map(scope -> CodeBlock.of("$S", scope)).collect(CodeBlock.joining(", ")));
        }

        private static String codes(List<String> scopes) {
            return scopes.stream().map(scope -> "{@code " + Javadocs.escape(scope) + "}").collect(Collectors.joining(", "));
        }
    }
}
