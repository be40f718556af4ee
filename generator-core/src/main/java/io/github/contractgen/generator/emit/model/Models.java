package io.github.contractgen.generator.emit.model;

import com.palantir.javapoet.JavaFile;
import io.github.contractgen.generator.emit.EmitContext;
import io.github.contractgen.generator.emit.EmitFailure;
import io.github.contractgen.generator.model.TypeDef;
import java.util.ArrayList;
import java.util.List;

/** The entry point of the model emitters: one Java file per type of a service, aliases excepted. */
public final class Models {

    private Models() {}

    /** The files of every record, enum and union of {@code context}'s service, in the service's type order. */
    public static List<JavaFile> emit(EmitContext context) {
        ModelContext models = new ModelContext(context);
        RecordEmitter records = new RecordEmitter(models);
        EnumEmitter enums = new EnumEmitter(models);
        UnionEmitter unions = new UnionEmitter(models);
        List<JavaFile> files = new ArrayList<>();
        for (TypeDef type : context.service().types()) {
            if (type instanceof TypeDef.RecordDef record) {
                files.add(EmitFailure.during(where(type), () -> records.emit(record)));
            } else if (type instanceof TypeDef.EnumDef enumeration) {
                files.add(EmitFailure.during(where(type), () -> enums.emit(enumeration)));
            } else if (type instanceof TypeDef.UnionDef union) {
                files.addAll(EmitFailure.during(where(type), () -> unions.emit(union)));
            }
            // An alias has no class: TypeMapper puts its target wherever it is used.
        }
        return List.copyOf(files);
    }

    private static String where(TypeDef type) {
        return "type '" + type.name() + "'";
    }
}
