package io.github.contractgen.generator.emit.client;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.contractgen.generator.emit.EmitContext;
import io.github.contractgen.generator.emit.TypeMapper;
import io.github.contractgen.generator.model.Property;
import io.github.contractgen.generator.model.TypeDef;
import io.github.contractgen.generator.naming.JavaNames;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Test-only stand-ins for the model emitter: plain records with {@code @JsonProperty} components, so
 * that the client's compile and functional tests do not depend on the model emitter's work.
 */
final class StandInModels {

    private StandInModels() {}

    static List<JavaFile> emit(EmitContext context) {
        TypeMapper types = new TypeMapper(context.symbols(), context.service());
        List<JavaFile> files = new ArrayList<>();
        for (TypeDef def : context.service().types()) {
            if (!(def instanceof TypeDef.RecordDef record)) {
                throw new IllegalArgumentException("stand-ins are records only: " + def.name());
            }
            ClassName name = context.symbols().type(def.name());
            MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
            for (Property property : record.properties()) {
                constructor.addParameter(ParameterSpec.builder(types.boxed(property.type()), JavaNames.memberName(property.name()))
                        .addAnnotation(AnnotationSpec.builder(ClassName.get("com.fasterxml.jackson.annotation", "JsonProperty"))
                                .addMember("value", "$S", property.name()).build())
                        .build());
            }
            TypeSpec type = TypeSpec.recordBuilder(name)
                    .addModifiers(Modifier.PUBLIC)
                    .recordConstructor(constructor.build())
                    .build();
            files.add(JavaFile.builder(name.packageName(), type).skipJavaLangImports(true).build());
        }
        return files;
    }
}
