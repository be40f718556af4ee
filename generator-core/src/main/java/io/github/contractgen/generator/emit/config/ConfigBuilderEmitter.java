package io.github.contractgen.generator.emit.config;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.nio.file.Path;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/** The {@code Builder} nested in {@code <Service>Config}: values in code, the config file, and (for tests) the sources. */
final class ConfigBuilderEmitter {

    private static final TypeName LOOKUP = ParameterizedTypeName.get(ClassName.get(Function.class),
            ClassName.get(String.class), ClassName.get(String.class));

    private ConfigBuilderEmitter() {}

    /** The client class the config is for: {@code PetstoreClient}, {@code RouteGuideClient}, {@code StreetlightsEvents}. */
    static ClassName client(ConfigPlan plan) {
        String simple = plan.configClass().simpleName();
        String stem = simple.substring(0, simple.length() - "Config".length());
        return plan.configClass().peerClass(stem + (plan.kind() == ConfigPlan.Kind.EVENTS ? "Events" : "Client"));
    }

    static TypeSpec builder(ConfigPlan plan) {
        ClassName builder = plan.configClass().nestedClass("Builder");
        return TypeSpec.classBuilder(builder)
                .addJavadoc("Chooses where the settings of a {@link $T} come from; not thread-safe.\n", plan.configClass())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addField(FieldSpec.builder(ConfigTypes.CONFIG_SOURCES.nestedClass("Builder"), "sources", Modifier.PRIVATE,
                        Modifier.FINAL).initializer("$T.builder().defaultFile(CONFIG_FILE, $S)", ConfigTypes.CONFIG_SOURCES,
                        plan.serviceId() + ".properties").build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(setter(builder, "set", "Sets {@code key} in code: it wins over every other source.\n\n@param key the"
                        + " setting, one of this config's keys\n@param value its value, as it would be written in the"
                        + " config file")
                        .addParameter(ConfigTypes.CONFIG_KEY, "key").addParameter(String.class, "value")
                        .addStatement("sources.set(key.property(), value)").addStatement("return this").build())
                .addMethod(setter(builder, "file", "Reads this {@code .properties} file (UTF-8) instead of the default;"
                        + " it must exist.\n\n@param path the file to read").addParameter(Path.class, "path")
                        .addStatement("sources.file(path)").addStatement("return this").build())
                .addMethod(setter(builder, "classpathResource", "Reads this classpath resource instead of the default;"
                        + " it must exist.\n\n@param name the resource to read")
                        .addParameter(String.class, "name")
                        .addStatement("sources.classpathResource(name)").addStatement("return this").build())
                .addMethod(setter(builder, "systemProperties", "Where system properties come from; default"
                        + " {@code System::getProperty}.\n\n@param systemProperties looks up a system property by name,"
                        + " {@code null} when it is not set").addParameter(LOOKUP, "systemProperties")
                        .addStatement("sources.systemProperties(systemProperties)").addStatement("return this").build())
                .addMethod(setter(builder, "environment", "Where environment variables come from; default"
                        + " {@code System::getenv}. Tests pass a map's {@code get}.\n\n@param environment looks up an"
                        + " environment variable by name, {@code null} when it is not set").addParameter(LOOKUP, "environment")
                        .addStatement("sources.environment(environment)").addStatement("return this").build())
                .addMethod(MethodSpec.methodBuilder("build")
                        .addJavadoc("Reads the config file; settings are read when asked for.\n\n@return the config over the"
                                + " sources chosen here\n@throws"
                                + " io.github.contractgen.runtime.config.ConfigException when a named config file cannot"
                                + " be read\n")
                        .addModifiers(Modifier.PUBLIC).returns(plan.configClass())
                        .addStatement("return new $T(sources.build())", plan.configClass()).build())
                .build();
    }

    private static MethodSpec.Builder setter(ClassName builder, String name, String doc) {
        return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(builder)
                .addJavadoc(doc + "\n@return this builder\n");
    }
}
