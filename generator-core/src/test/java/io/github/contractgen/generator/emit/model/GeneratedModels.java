package io.github.contractgen.generator.emit.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palantir.javapoet.JavaFile;
import io.github.contractgen.generator.emit.EmitContext;
import io.github.contractgen.generator.emit.ModelEmitter;
import io.github.contractgen.generator.model.Service;
import io.github.contractgen.generator.testing.InMemoryCompiler;
import io.github.contractgen.generator.testing.ServiceBuilder;
import io.github.contractgen.runtime.json.JsonCodec;
import io.github.contractgen.runtime.json.JsonType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A service's model emitted, compiled without warnings and loaded, with helpers to exercise it. */
final class GeneratedModels {

    /** The codec generated clients use: what the models must work with. */
    static final JsonCodec JSON = JsonCodec.shared();

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

    /** {@code json} decoded as the generated type; a {@code DecodingException} naming the JSON path when it does not fit. */
    Object decode(String json, String typeName) {
        return JSON.decode(json.getBytes(StandardCharsets.UTF_8), JsonType.of(type(typeName)));
    }

    static String encode(Object value) {
        return JSON.encodeToString(value);
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

    /** A list-valued accessor's result. */
    @SuppressWarnings("unchecked")
    static List<Object> list(Object target, String accessor) {
        return (List<Object>) call(target, accessor);
    }

    /** A map-valued accessor's result. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object target, String accessor) {
        return (Map<String, Object>) call(target, accessor);
    }

    /** Asserts that two JSON texts are the same JSON value; object member order does not count. */
    static void assertSameJson(String actual, String expected) {
        try {
            ObjectMapper mapper = new ObjectMapper();
            assertThat(mapper.readTree(actual)).as(actual).isEqualTo(mapper.readTree(expected));
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + actual + " / " + expected, e);
        }
    }
}
