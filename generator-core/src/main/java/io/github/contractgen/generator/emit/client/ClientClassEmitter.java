package io.github.contractgen.generator.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.contractgen.generator.emit.model.Javadocs;
import javax.lang.model.element.Modifier;

/**
 * Writes the service's entry points: the sync client ({@code PetstoreClient}, with its builder, the
 * server constants, group accessors and the untagged operations) and the async client
 * ({@code PetstoreAsyncClient}), which shares the sync client's runtime core.
 */
final class ClientClassEmitter {

    private final ClientPlan plan;
    private final OperationMethods methods;

    ClientClassEmitter(ClientPlan plan) {
        this.plan = plan;
        this.methods = new OperationMethods(plan);
    }

    JavaFile emitSync() {
        ServerConstants servers = ServerConstants.of(plan.context().service().servers());
        ClassName client = plan.client();
        TypeSpec.Builder type = TypeSpec.classBuilder(client)
                .addJavadoc("The client of $L.\n\n", serviceTitle())
                .addJavadoc("$L", description())
                .addJavadoc("<p>Immutable and thread-safe: build one with {@link #builder()} and share it. "
                        + "{@link #async()} gives the same operations returning futures. Close the client to "
                        + "release its connections.\n")
                .addAnnotation(Docs.generated(plan.context()))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(AutoCloseable.class)
                .addFields(servers.fields())
                .addField(GroupApiEmitter.coreField());
        plan.tagGroups().forEach(group -> type.addField(group.api(), group.accessor(), Modifier.PRIVATE, Modifier.FINAL));
        type.addField(plan.asyncClient(), "async", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(constructor(false))
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addJavadoc("A builder for a new client.\n\n@return a builder with nothing set yet\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(client.nestedClass("Builder"))
                        .addStatement("return new Builder()")
                        .build());
        accessors(type, false);
        type.addMethod(MethodSpec.methodBuilder("async")
                .addJavadoc("The same operations, each returning a {@link java.util.concurrent.CompletableFuture}; "
                        + "shares this client's connections and configuration.\n\n@return the asynchronous client\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(plan.asyncClient())
                .addStatement("return async")
                .build());
        if (plan.defaultGroup() != null) {
            type.addMethods(methods.methods(plan.defaultGroup(), false));
        }
        type.addMethod(MethodSpec.methodBuilder("close")
                .addJavadoc("Releases the client's connections; calls made afterwards fail.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addStatement("core.close()")
                .build());
        type.addType(new ClientBuilderEmitter(plan).emit(servers.defaultServer()));
        return JavaFile.builder(client.packageName(), type.build()).skipJavaLangImports(true).indent("    ").build();
    }

    JavaFile emitAsync() {
        ClassName async = plan.asyncClient();
        TypeSpec.Builder type = TypeSpec.classBuilder(async)
                .addJavadoc("The client of $L with operations that return a {@link java.util.concurrent.CompletableFuture}.\n\n",
                        serviceTitle())
                .addJavadoc("<p>Immutable and thread-safe; get it from {@link $T#async()}. Closing that client closes "
                        + "this one. Cancelling a future cancels its exchange and any pending retry.\n", plan.client())
                .addAnnotation(Docs.generated(plan.context()))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addField(GroupApiEmitter.coreField());
        plan.tagGroups().forEach(group -> type.addField(group.asyncApi(), group.accessor(), Modifier.PRIVATE, Modifier.FINAL));
        type.addMethod(constructor(true));
        accessors(type, true);
        if (plan.defaultGroup() != null) {
            type.addMethods(methods.methods(plan.defaultGroup(), true));
        }
        return JavaFile.builder(async.packageName(), type.build()).skipJavaLangImports(true).indent("    ").build();
    }

    private MethodSpec constructor(boolean async) {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(async ? new Modifier[0] : new Modifier[] {Modifier.PRIVATE})
                .addParameter(RuntimeTypes.REST_CLIENT_CORE, "core")
                .addStatement("this.core = core");
        for (GroupView group : plan.tagGroups()) {
            constructor.addStatement("this.$N = new $T(core)", group.accessor(), async ? group.asyncApi() : group.api());
        }
        if (!async) {
            constructor.addStatement("this.async = new $T(core)", plan.asyncClient());
        }
        return constructor.build();
    }

    private void accessors(TypeSpec.Builder type, boolean async) {
        for (GroupView group : plan.tagGroups()) {
            type.addMethod(MethodSpec.methodBuilder(group.accessor())
                    .addJavadoc("The '$L' operations.\n\n@return the client of those operations, sharing this one's"
                            + " connections\n", Javadocs.escape(group.group()))
                    .addModifiers(Modifier.PUBLIC)
                    .returns(async ? group.asyncApi() : group.api())
                    .addStatement("return $N", group.accessor())
                    .build());
        }
    }

    private String serviceTitle() {
        String title = plan.context().service().title();
        return title.isBlank() ? plan.context().symbols().serviceTypeName() : Javadocs.escape(title);
    }

    private String description() {
        String description = plan.context().service().description();
        return description.isBlank() ? "" : "<p>" + Javadocs.escape(description) + "\n\n";
    }
}
