package io.github.contractgen.generator.emit.client;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.TypeName;

/**
 * One Java parameter of a generated operation method, with everything needed to declare it and to
 * hand it to the runtime.
 *
 * @param kind where the value travels
 * @param wireName the name on the wire (parameter, form field or part name); empty for a body
 * @param javaName the Java parameter name, unique within its method
 * @param type the Java type, primitive only when required; without {@code @Nullable}
 * @param required whether the contract requires it; optional parameters are {@code @Nullable}
 * @param description the contract's description, may be empty
 * @param style the serialisation style ({@code form}, {@code deepObject}, ...), for query parameters
 * @param explode whether arrays and objects are exploded, for query parameters
 * @param facts the contract's bounds, allowed values and default as a Javadoc fragment, may be empty
 */
record ParamView(
        Kind kind,
        String wireName,
        String javaName,
        TypeName type,
        boolean required,
        String description,
        String style,
        boolean explode,
        String facts) {

    /** Where a parameter's value goes in the request. */
    enum Kind { PATH, QUERY, HEADER, COOKIE, BODY, FIELD }

    /** The type as declared in a signature: {@code @Nullable} when optional. */
    TypeName declaredType() {
        return required ? type : type.box().annotated(AnnotationSpec.builder(RuntimeTypes.NULLABLE).build());
    }
}
