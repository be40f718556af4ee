package io.github.contractgen.generator.emit.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import io.github.contractgen.generator.emit.ClientEmitter;
import io.github.contractgen.generator.emit.EmitContext;
import io.github.contractgen.generator.emit.ModelEmitter;
import io.github.contractgen.generator.testing.InMemoryCompiler;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every emitted client class compiles without a warning, together with the model emitter's classes. */
class ClientCompileTest {

    /** The client and model classes of {@code context}'s service, compiled; fails on any error or warning. */
    static ClassLoader compile(EmitContext context) {
        List<JavaFile> files = new ArrayList<>(new ClientEmitter().emit(context));
        files.addAll(new ModelEmitter().emit(context));
        InMemoryCompiler.Compilation compilation = InMemoryCompiler.compile(files).requireSuccess();
        assertThat(compilation.warnings()).as("javac -Xlint:all warnings").isEmpty();
        return compilation.classLoader();
    }

    @Test
    void petstoreClientCompiles() throws Exception {
        EmitContext context = Fixtures.context(Fixtures.petstore());
        List<JavaFile> files = new ClientEmitter().emit(context);
        assertThat(files).extracting(file -> file.packageName() + "." + file.typeSpec().name()).containsExactly(
                "com.example.petstore.PetstoreClient",
                "com.example.petstore.PetstoreAsyncClient",
                "com.example.petstore.PetstoreException",
                "com.example.petstore.PetstoreConfig",
                "com.example.petstore.PetstoreAuth",
                "com.example.petstore.PetstoreCalls",
                "com.example.petstore.DocumentsCalls",
                "com.example.petstore.DocumentsApi",
                "com.example.petstore.DocumentsAsyncApi",
                "com.example.petstore.PetsCalls",
                "com.example.petstore.PetsApi",
                "com.example.petstore.PetsAsyncApi");
        ClassLoader loader = compile(context);
        for (JavaFile file : files) {
            assertThat(loader.loadClass(file.packageName() + "." + file.typeSpec().name())).isNotNull();
        }
    }
}
