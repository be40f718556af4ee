package io.github.contractgen.generator.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.contractgen.generator.emit.model.Javadocs;
import javax.lang.model.element.Modifier;

/** Writes the sync ({@code PetsApi}) and async ({@code PetsAsyncApi}) classes of one tag group. */
final class GroupApiEmitter {

    private final ClientPlan plan;
    private final OperationMethods methods;

    GroupApiEmitter(ClientPlan plan) {
        this.plan = plan;
        this.methods = new OperationMethods(plan);
    }

    JavaFile emit(GroupView group, boolean async) {
        ClassName name = async ? group.asyncApi() : group.api();
        ClassName owner = async ? plan.asyncClient() : plan.client();
        TypeSpec type = TypeSpec.classBuilder(name)
                .addJavadoc("The '$L' operations of $L, $L.\n\n", Javadocs.escape(group.group()), plan.context().service().title().isBlank()
                        ? plan.context().symbols().serviceTypeName() : Javadocs.escape(plan.context().service().title()),
                        async ? "each returning a {@link java.util.concurrent.CompletableFuture}" : "called synchronously")
                .addJavadoc("<p>Immutable and thread-safe; get it from {@link $T#$L()}.\n", owner, group.accessor())
                .addAnnotation(Docs.generated(plan.context()))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addField(coreField())
                .addMethod(coreConstructor())
                .addMethods(methods.methods(group, async))
                .build();
        return JavaFile.builder(name.packageName(), type).skipJavaLangImports(true).indent("    ").build();
    }

    static FieldSpec coreField() {
        return FieldSpec.builder(RuntimeTypes.REST_CLIENT_CORE, "core", Modifier.PRIVATE, Modifier.FINAL).build();
    }

    static MethodSpec coreConstructor() {
        return MethodSpec.constructorBuilder()
                .addParameter(RuntimeTypes.REST_CLIENT_CORE, "core")
                .addStatement("this.core = core")
                .build();
    }
}
