package io.github.contractgen.generator.reader.openapi;

import io.github.contractgen.generator.model.TypeRef;

/** A use of a type and whether {@code null} is allowed there; nullability belongs to the use site. */
record TypeUse(TypeRef type, boolean nullable) {

    static final TypeUse ANY = new TypeUse(TypeRef.any(), false);

    static TypeUse of(TypeRef type) {
        return new TypeUse(type, false);
    }

    TypeUse orNullable(boolean also) {
        return also && !nullable ? new TypeUse(type, true) : this;
    }
}
