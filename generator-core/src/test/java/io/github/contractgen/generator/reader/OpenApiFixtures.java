package io.github.contractgen.generator.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.generator.model.Operation;
import io.github.contractgen.generator.model.Property;
import io.github.contractgen.generator.model.Service;
import io.github.contractgen.generator.model.TypeDef;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

/** Reads the small contracts under {@code src/test/resources/openapi} and finds things in the result. */
final class OpenApiFixtures {

    private OpenApiFixtures() {}

    static Path directory() {
        try {
            return Path.of(Objects.requireNonNull(OpenApiFixtures.class.getResource("/openapi/petstore.yaml"),
                    "test resources").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ReadResult read(String name) {
        Path directory = directory();
        return new OpenApiReader().read(directory, directory.resolve(name), ReaderOptions.defaults());
    }

    /** Reads a contract that must read without errors and returns its service. */
    static Service service(String name) {
        ReadResult result = read(name);
        assertThat(result.diagnostics()).filteredOn(d -> d.isError()).isEmpty();
        assertThat(result.contract()).isPresent();
        return result.contract().get().services().get(0);
    }

    static TypeDef type(Service service, String name) {
        return service.types().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no type " + name + " in " + service.types().stream()
                        .map(TypeDef::name).toList()));
    }

    static <T extends TypeDef> T type(Service service, String name, Class<T> kind) {
        TypeDef type = type(service, name);
        assertThat(type).isInstanceOf(kind);
        return kind.cast(type);
    }

    static Property property(TypeDef.RecordDef record, String name) {
        return record.properties().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no property " + name + " in " + record.name()));
    }

    static Operation operation(Service service, String id) {
        return service.operations().stream().filter(o -> o.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no operation " + id + " in " + service.operations().stream()
                        .map(Operation::id).toList()));
    }
}
