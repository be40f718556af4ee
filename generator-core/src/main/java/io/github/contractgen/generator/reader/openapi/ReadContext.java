package io.github.contractgen.generator.reader.openapi;

import io.github.contractgen.generator.model.SourceLocation;
import io.github.contractgen.generator.naming.JavaNames;
import io.github.contractgen.generator.reader.source.Problems;
import java.util.function.UnaryOperator;

/**
 * What the converters of one contract share: where problems go, how references are followed, the types
 * built so far, and how a pointer into the model maps back to the source.
 */
record ReadContext(
        Problems problems, ModelRefs refs, TypeRegistry registry, String file, UnaryOperator<String> sourcePointer) {

    /** The model location of {@code pointer}: the file and the source pointer (lines come with diagnostics). */
    SourceLocation location(String pointer) {
        return SourceLocation.of(file, sourcePointer.apply(pointer));
    }

    /** A name for a hoisted type: {@code Pet} + {@code owner} → {@code PetOwner}. */
    static String join(String owner, String part) {
        return JavaNames.typeName(owner) + JavaNames.typeName(part);
    }

    /** {@code owner} as a type name followed by {@code suffix} as it is: {@code GetPetResponse4XX}. */
    static String suffix(String owner, String suffix) {
        return JavaNames.typeName(owner) + suffix;
    }
}
