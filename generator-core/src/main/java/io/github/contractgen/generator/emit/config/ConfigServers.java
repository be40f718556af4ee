package io.github.contractgen.generator.emit.config;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/** The {@code SERVERS} and {@code REQUIRED} constants: the contract's servers and required key sets as runtime values. */
final class ConfigServers {

    private static final TypeName KEY_LIST = ParameterizedTypeName.get(ClassName.get(List.class), ConfigTypes.CONFIG_KEY);
    private static final TypeName ALTERNATIVES = ParameterizedTypeName.get(ClassName.get(List.class), KEY_LIST);

    private ConfigServers() {}

    static List<FieldSpec> fields(ConfigPlan plan) {
        List<FieldSpec> fields = new ArrayList<>();
        if (plan.kind() != ConfigPlan.Kind.GRPC) {
            CodeBlock.Builder servers = CodeBlock.builder().add("$T.of(", List.class);
            for (int i = 0; i < plan.servers().size(); i++) {
                servers.add(i == 0 ? "\n$>$>" : ",\n").add(server(plan.servers().get(i)));
            }
            servers.add(plan.servers().isEmpty() ? ")" : "$<$<)");
            fields.add(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), ConfigTypes.CONTRACT_SERVER),
                    "SERVERS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer(servers.build()).build());
        }
        if (plan.kind() == ConfigPlan.Kind.REST) {
            fields.add(FieldSpec.builder(ALTERNATIVES, "REQUIRED", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The credentials the contract's default security requires: one list fully set is enough.\n")
                    .initializer(alternatives(plan.required())).build());
        }
        return fields;
    }

    private static CodeBlock server(ConfigPlan.ServerPlan server) {
        CodeBlock.Builder variables = CodeBlock.builder().add("$T.of(", List.class);
        for (int i = 0; i < server.variables().size(); i++) {
            ConfigPlan.Variable variable = server.variables().get(i);
            variables.add(i == 0 ? "" : ", ").add("new $T($S, $L, $S, $L)", ConfigTypes.VARIABLE, variable.name(),
                    variable.key().constant(), variable.defaultValue(), strings(variable.allowed()));
        }
        variables.add(")");
        if (server.required().isEmpty() && server.logins().isEmpty()) {
            return CodeBlock.of("$T.of($S, $S, $S, $L, $L)", ConfigTypes.CONTRACT_SERVER, server.name(), server.url(),
                    server.protocol(), server.tls(), variables.build());
        }
        CodeBlock.Builder logins = CodeBlock.builder().add("$T.of(", List.class);
        for (int i = 0; i < server.logins().size(); i++) {
            ConfigPlan.Login login = server.logins().get(i);
            logins.add(i == 0 ? "" : ", ").add("new $T($S, $L, $L, $S)", ConfigTypes.LOGIN, login.scheme(),
                    login.user().constant(), login.password().constant(), login.saslMechanism());
        }
        return CodeBlock.of("new $T($S, $S, $S, $L, $L,\n$>$L,\n$L$<)", ConfigTypes.CONTRACT_SERVER, server.name(), server.url(),
                server.protocol(), server.tls(), variables.build(), alternatives(server.required()), logins.add(")").build());
    }

    private static CodeBlock alternatives(List<List<ConfigPlan.Key>> alternatives) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.of(", List.class);
        for (int i = 0; i < alternatives.size(); i++) {
            code.add(i == 0 ? "" : ", ").add("$T.of($L)", List.class, ConfigClassEmitter.names(alternatives.get(i)));
        }
        return code.add(")").build();
    }

    private static CodeBlock strings(List<String> values) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.of(", List.class);
        for (int i = 0; i < values.size(); i++) {
            code.add(i == 0 ? "$S" : ", $S", values.get(i));
        }
        return code.add(")").build();
    }
}
