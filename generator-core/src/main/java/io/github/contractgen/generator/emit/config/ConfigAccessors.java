package io.github.contractgen.generator.emit.config;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The accessors a kind's client builder reads, and {@code resolve()} over all of them. Each documents
 * the exception it throws: the runtime's {@code ConfigException}, naming the key.
 */
final class ConfigAccessors {

    private static final String THROWS = "\n@throws io.github.contractgen.runtime.config.ConfigException naming the key"
            + " that is missing or invalid\n";

    private final ConfigPlan plan;
    private final List<String> resolved = new ArrayList<>();

    ConfigAccessors(ConfigPlan plan) {
        this.plan = plan;
    }

    List<MethodSpec> methods() {
        List<MethodSpec> methods = new ArrayList<>();
        switch (plan.kind()) {
            case REST -> {
                methods.add(accessor("baseUri", TypeName.get(URI.class), "The base URI: {@link #BASE_URI}, else the"
                        + " server {@link #SERVER} names (default: the contract's first) with its variables filled in.",
                        "the URI every request path is resolved against",
                        statement("return settings.baseUri(BASE_URI, SERVER, SERVERS)")));
                methods.add(tls());
                methods.add(duration("connectTimeout", "TIMEOUTS_CONNECT"));
                methods.add(duration("requestTimeout", "TIMEOUTS_REQUEST"));
                methods.add(duration("attemptTimeout", "TIMEOUTS_ATTEMPT"));
                methods.add(credentials());
            }
            case GRPC -> {
                methods.add(accessor("target", TypeName.get(String.class), "The server to call; required.", "the target, as"
                        + " {@code host:port} or a gRPC name-resolver URI",
                        statement("return settings.require(TARGET, $S)", "the server to call (host:port); or call"
                                + " target(...) on the client's builder")));
                methods.add(tls());
                methods.add(accessor("plaintext", TypeName.BOOLEAN, "Whether TLS is switched off; default false.",
                        "true to call the server without TLS",
                        statement("return settings.flag(PLAINTEXT).orElse(false)")));
                methods.add(duration("deadline", "DEADLINE"));
                methods.add(duration("keepAliveTime", "KEEP_ALIVE_TIME"));
                methods.add(accessor("keepAliveTimeout", optional(ClassName.get(Duration.class)), "{@link #KEEP_ALIVE_TIMEOUT},"
                        + " an ISO-8601 duration; set only with {@link #KEEP_ALIVE_TIME}.", "how long to wait for the answer"
                        + " to a keep-alive ping; empty for gRPC's default", CodeBlock.builder()
                        .addStatement("$T<$T> timeout = settings.duration(KEEP_ALIVE_TIMEOUT)", Optional.class, Duration.class)
                        .beginControlFlow("if (timeout.isPresent())")
                        .addStatement("settings.require(KEEP_ALIVE_TIME, $S)", "keep-alive pings need it as well as "
                                + plan.key("keepAlive.timeout").property())
                        .endControlFlow()
                        .addStatement("return timeout").build()));
            }
            case EVENTS -> {
                methods.add(accessor("transport", ConfigTypes.EVENT_TRANSPORT_BUILDER, "The transport for the"
                        + " server {@link #SERVER} names, or the contract's only server (at {@link #BROKER}, if set),"
                        + " found by its protocol among the transports on the class path, with TLS and credentials"
                        + " applied; plaintext only for a server the contract declares without TLS. Never the"
                        + " in-memory transport: a missing setting fails rather than drops messages.",
                        "a transport builder, ready to build",
                        statement("return settings.transport(BROKER, SERVER, SERVERS, TLS)")));
                methods.add(tls());
                methods.add(accessor("group", optional(ClassName.get(String.class)), "The consumer group of the handlers.",
                        "the group; empty for the transport's default",
                        statement("return settings.find(GROUP)")));
            }
        }
        methods.add(resolve());
        return methods;
    }

    private MethodSpec tls() {
        return accessor("tls", optional(ConfigTypes.TLS_CONFIG), "TLS from the PEM files or the key stores the"
                + " {@code TLS_*} keys name (not both); empty when none is set.", "the TLS settings, if any",
                statement("return settings.tls(TLS)"));
    }

    private MethodSpec duration(String name, String key) {
        return accessor(name, optional(ClassName.get(Duration.class)), "{@link #" + key + "}, an ISO-8601 duration.",
                "the duration; empty when it is not set",
                statement("return settings.duration($L)", key));
    }

    private MethodSpec credentials() {
        TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), ConfigTypes.CREDENTIAL);
        ClassName auth = plan.configClass().peerClass(plan.configClass().simpleName()
                .substring(0, plan.configClass().simpleName().length() - "Config".length()) + "Auth");
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement("settings.requireAny(REQUIRED, $S)", plan.serviceId() + ": the contract's security requires"
                        + " credentials (or call auth(...) on the client's builder)")
                .addStatement("$T credentials = new $T<>()", list, ArrayList.class);
        for (ConfigPlan.CredentialPlan credential : plan.credentials()) {
            CodeBlock.Builder args = CodeBlock.builder();
            for (int i = 0; i < credential.keys().size(); i++) {
                args.add(i == 0 ? "values.get($L)" : ", values.get($L)", i);
            }
            body.addStatement("settings.all($T.of($L)).ifPresent(values -> credentials.add($T.$L($L)))", List.class,
                    ConfigClassEmitter.names(credential.keys()), auth, credential.factory(), args.build());
        }
        return accessor("credentials", list, "The credentials of every security scheme whose keys are set.",
                "the credentials, in the order of the contract's security schemes",
                body.addStatement("return credentials").build());
    }

    private MethodSpec accessor(String name, TypeName type, String doc, String returns, CodeBlock body) {
        resolved.add(name);
        MethodSpec.Builder method = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(type)
                .addJavadoc(doc + "\n\n@return " + returns + THROWS);
        return method.addCode(body).build();
    }

    private MethodSpec resolve() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("resolve").addModifiers(Modifier.PUBLIC)
                .returns(plan.configClass())
                .addJavadoc("Reads every setting now, so that a deployment mistake shows at start-up rather than at the"
                        + " first call.\n\n@return this config" + THROWS);
        resolved.forEach(name -> method.addStatement("$L()", name));
        return method.addStatement("return this").build();
    }

    private static CodeBlock statement(String format, Object... args) {
        return CodeBlock.builder().addStatement(format, args).build();
    }

    private static TypeName optional(TypeName type) {
        return ParameterizedTypeName.get(ClassName.get(Optional.class), type);
    }
}
