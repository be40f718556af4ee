package io.github.contractgen.generator.emit.model;

import com.palantir.javapoet.JavaFile;
import io.github.contractgen.generator.emit.EmitContext;
import io.github.contractgen.generator.emit.EmitFailure;
import io.github.contractgen.generator.model.TypeDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The entry point of the model emitters: one Java file per type of a service, aliases and records of
 * inline form fields that the client flattens into parameters excepted.
 */
public final class Models {

    private Models() {}

    /** The files of every record, enum and union of {@code context}'s service, in the service's type order. */
    public static List<JavaFile> emit(EmitContext context) {
        List<JavaFile> files = new ArrayList<>();
        emitEach(context, files::add);
        return List.copyOf(files);
    }

    /** The same files as {@link #emit}, in the same order, each handed to {@code sink} as soon as it is built. */
    public static void emitEach(EmitContext context, Consumer<JavaFile> sink) {
        ModelContext models = new ModelContext(context);
        RecordEmitter records = new RecordEmitter(models);
        EnumEmitter enums = new EnumEmitter(models);
        UnionEmitter unions = new UnionEmitter(models);
        Set<String> flattened = FlattenedForms.unused(context.service());
        for (TypeDef type : context.service().types()) {
            if (flattened.contains(type.name())) {
                continue; // its fields are the operation's parameters; see FlattenedForms
            }
            if (type instanceof TypeDef.RecordDef record) {
                sink.accept(EmitFailure.during(where(type), () -> records.emit(record)));
            } else if (type instanceof TypeDef.EnumDef enumeration) {
                sink.accept(EmitFailure.during(where(type), () -> enums.emit(enumeration)));
            } else if (type instanceof TypeDef.UnionDef union) {
                EmitFailure.during(where(type), () -> unions.emit(union)).forEach(sink);
            }
            // An alias has no class: TypeMapper puts its target wherever it is used.
        }
    }

    private static String where(TypeDef type) {
        return "type '" + type.name() + "'";
    }
}
