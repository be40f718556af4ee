package io.github.contractgen.generator.emit.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.palantir.javapoet.JavaFile;
import io.github.contractgen.generator.emit.EmitContext;
import io.github.contractgen.generator.emit.ModelEmitter;
import io.github.contractgen.generator.model.Service;
import io.github.contractgen.generator.testing.InMemoryCompiler;
import io.github.contractgen.generator.testing.ServiceBuilder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A service's model emitted, compiled without warnings and loaded, with helpers to exercise it. */
final class GeneratedModels {

    /** Configured as docs/runtime-http-api.md says the runtime's codec is. */
    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    final List<JavaFile> files;
    final InMemoryCompiler.Compilation compilation;
    private final String modelPackage;

    private GeneratedModels(List<JavaFile> files, InMemoryCompiler.Compilation compilation, String modelPackage) {
        this.files = files;
        this.compilation = compilation;
        this.modelPackage = modelPackage;
    }

    static GeneratedModels of(Service service) {
        return of(service, Map.of());
    }

    /** Emits, compiles together with {@code extraSources} and checks that javac had nothing to say. */
    static GeneratedModels of(Service service, Map<String, String> extraSources) {
        EmitContext context = ServiceBuilder.context(service);
        List<JavaFile> files = new ModelEmitter().emit(context);
        InMemoryCompiler.Compilation compilation = InMemoryCompiler.compile(files, extraSources).requireSuccess();
        assertThat(compilation.warnings()).as(compilation.listing()).isEmpty();
        return new GeneratedModels(files, compilation, context.symbols().modelPackage());
    }

    /** The source of the generated file of this simple name. */
    String source(String simpleName) {
        return files.stream()
                .filter(file -> file.typeSpec().name().equals(simpleName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no file " + simpleName))
                .toString();
    }

    /** A generated class by its name inside the model package: {@code Pet}, {@code PetStatus$Known}. */
    Class<?> type(String name) {
        return compilation.load(modelPackage + "." + name);
    }

    Object decode(String json, String typeName) {
        try {
            return JSON.readValue(json, type(typeName));
        } catch (JsonProcessingException e) {
            throw new AssertionError("cannot decode " + json + " as " + typeName + ": " + e.getMessage(), e);
        }
    }

    static String encode(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new AssertionError("cannot encode " + value, e);
        }
    }

    /** Calls the canonical constructor of a record. */
    Object construct(String typeName, Object... arguments) {
        Class<?> type = type(typeName);
        Class<?>[] parameters = Arrays.stream(type.getRecordComponents()).map(c -> c.getType()).toArray(Class<?>[]::new);
        try {
            return type.getConstructor(parameters).newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new AssertionError(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Calls a public method, static when {@code target} is a class. */
    static Object call(Object target, String name, Object... arguments) {
        Class<?> type = target instanceof Class<?> c ? c : target.getClass();
        Method method = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == arguments.length)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no method " + name + " in " + type));
        try {
            return method.invoke(target instanceof Class<?> ? null : target, arguments);
        } catch (InvocationTargetException e) {
            throw new AssertionError(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
