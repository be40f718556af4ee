package io.github.contractgen.generator.emit.config;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.contractgen.generator.emit.model.Javadocs;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Service>Config}: the contract's keys as constants, its servers, a builder of sources,
 * and the accessors the kind's client builder reads ({@link ConfigAccessors}). Reading and reporting is
 * the runtime's {@code ContractSettings}; the generated class only declares.
 */
public final class ConfigClassEmitter {

    private static final TypeName KEY_LIST = ParameterizedTypeName.get(ClassName.get(List.class), ConfigTypes.CONFIG_KEY);

    private final ConfigPlan plan;

    public ConfigClassEmitter(ConfigPlan plan) {
        this.plan = plan;
    }

    public JavaFile emit() {
        TypeSpec.Builder type = TypeSpec.classBuilder(plan.configClass())
                .addJavadoc(classDoc())
                .addAnnotation(plan.generated())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        plan.keys().forEach(key -> type.addField(keyField(key)));
        type.addField(FieldSpec.builder(KEY_LIST, "KEYS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($L)", List.class, names(plan.keys())).build());
        ConfigServers.fields(plan).forEach(type::addField);
        type.addField(FieldSpec.builder(ConfigTypes.TLS_KEYS, "TLS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T($L)", ConfigTypes.TLS_KEYS, names(List.of(plan.key("tls.caBundle"),
                        plan.key("tls.certificateChain"), plan.key("tls.privateKey"), plan.key("tls.privateKeyPassword"),
                        plan.key("tls.keyStore"), plan.key("tls.keyStorePassword"), plan.key("tls.trustStore"),
                        plan.key("tls.trustStorePassword")))).build());
        type.addField(ConfigTypes.CONTRACT_SETTINGS, "settings", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                        .addParameter(ConfigTypes.CONFIG_SOURCES, "sources")
                        .addStatement("this.settings = new $T(sources)", ConfigTypes.CONTRACT_SETTINGS).build())
                .addMethod(MethodSpec.methodBuilder("fromEnvironment")
                        .addJavadoc("Settings from system properties, environment variables and the config file: the one"
                                + " {@link #CONFIG_FILE} names, else the classpath resource {@code $L.properties} if"
                                + " there is one.\n\n@return the config over the default sources\n@throws io.github.contractgen.runtime.config.ConfigException when a"
                                + " named config file cannot be read\n", plan.serviceId())
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(plan.configClass())
                        .addStatement("return builder().build()").build())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addJavadoc("A builder to set values in code, or to choose the config file and the sources of"
                                + " system properties and environment variables (for tests).\n\n@return a builder over the default"
                                + " sources\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(plan.configClass().nestedClass("Builder"))
                        .addStatement("return new Builder()").build())
                .addMethod(MethodSpec.methodBuilder("keys")
                        .addJavadoc("Every key of this service, in the order of this class.\n\n@return the keys, unmodifiable\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(KEY_LIST)
                        .addStatement("return KEYS").build());
        type.addMethods(new ConfigAccessors(plan).methods());
        type.addMethod(MethodSpec.methodBuilder("toString")
                .addJavadoc("The keys that are set and where each comes from; secrets show as {@code ****}.\n\n@return"
                        + " the class name and the settings that are set, without secrets\n")
                .addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(String.class)
                .addStatement("return $S + settings.describe(KEYS)", plan.configClass().simpleName()).build());
        type.addType(ConfigBuilderEmitter.builder(plan));
        return JavaFile.builder(plan.configClass().packageName(), type.build()).skipJavaLangImports(true).indent("    ").build();
    }

    private CodeBlock classDoc() {
        CodeBlock.Builder doc = CodeBlock.builder()
                .add("Settings of $L from configuration, for {@code $T.builder().config(...)}.\n\n",
                        Javadocs.escape(plan.title()), ConfigBuilderEmitter.client(plan))
                .add("<p>Each key is looked up, in order, in the values set on {@link Builder}, the system properties,\n")
                .add("the environment variables and the config file; a blank value counts as unset. Secrets (passwords,\n")
                .add("tokens) are never read from the config file: set them as a system property, an environment variable,\n")
                .add("or in a file named by the key plus {@code .file} (environment: plus {@code _FILE}). A setting made\n")
                .add("on the client's builder wins over this config. A key the contract makes required and that is not set\n")
                .add("fails {@code build()} with a message naming it and where it can be set.\n\n<ul>\n");
        for (ConfigPlan.Key key : plan.keys()) {
            doc.add("  <li>{@code $L} / {@code $L}$L\n", key.property(), key.environment(), key.secret() ? " (secret)" : "");
        }
        return doc.add("</ul>\n\n<p>Immutable and thread-safe.\n").build();
    }

    private static FieldSpec keyField(ConfigPlan.Key key) {
        return FieldSpec.builder(ConfigTypes.CONFIG_KEY, key.constant(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("{@code $L}, environment {@code $L}: $L\n", key.property(), key.environment(),
                        Javadocs.escape(key.doc().isEmpty() ? "see the class documentation." : key.doc()))
                .initializer("$T.$L($S, $S)", ConfigTypes.CONFIG_KEY, key.secret() ? "secret" : "of", key.property(),
                        key.environment())
                .build();
    }

    static String names(List<ConfigPlan.Key> keys) {
        return keys.stream().map(ConfigPlan.Key::constant).collect(Collectors.joining(", "));
    }
}
