package io.github.contractgen.generator.emit.model;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** The library classes that generated model code names, in one place. */
final class JavaTypes {

    private static final String JACKSON = "com.fasterxml.jackson.annotation";
    private static final String DATABIND = "com.fasterxml.jackson.databind";

    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");
    static final AnnotationSpec NULLABLE_ANNOTATION = AnnotationSpec.builder(NULLABLE).build();

    static final ClassName JSON_PROPERTY = ClassName.get(JACKSON, "JsonProperty");
    static final ClassName JSON_INCLUDE = ClassName.get(JACKSON, "JsonInclude");
    static final ClassName JSON_INCLUDE_KIND = JSON_INCLUDE.nestedClass("Include");
    static final ClassName JSON_ANY_SETTER = ClassName.get(JACKSON, "JsonAnySetter");
    static final ClassName JSON_ANY_GETTER = ClassName.get(JACKSON, "JsonAnyGetter");
    static final ClassName JSON_CREATOR = ClassName.get(JACKSON, "JsonCreator");
    static final ClassName JSON_VALUE = ClassName.get(JACKSON, "JsonValue");
    static final ClassName JSON_TYPE_INFO = ClassName.get(JACKSON, "JsonTypeInfo");
    static final ClassName JSON_SUB_TYPES = ClassName.get(JACKSON, "JsonSubTypes");
    static final ClassName JSON_DESERIALIZE = ClassName.get(DATABIND + ".annotation", "JsonDeserialize");
    static final ClassName JSON_DESERIALIZER_NONE = ClassName.get(DATABIND, "JsonDeserializer", "None");
    static final ClassName OPEN_ENUM = ClassName.get("io.github.contractgen.runtime", "OpenEnum");
    static final ClassName UNION_DESERIALIZER = ClassName.get("io.github.contractgen.runtime.json", "UnionDeserializer");

    static final ClassName OBJECTS = ClassName.get(java.util.Objects.class);
    static final ClassName COLLECTIONS = ClassName.get(java.util.Collections.class);
    static final ClassName LIST = ClassName.get(java.util.List.class);
    static final ClassName SET = ClassName.get(java.util.Set.class);
    static final ClassName MAP = ClassName.get(java.util.Map.class);
    static final ClassName ARRAY_LIST = ClassName.get(java.util.ArrayList.class);
    static final ClassName LINKED_HASH_SET = ClassName.get(java.util.LinkedHashSet.class);
    static final ClassName LINKED_HASH_MAP = ClassName.get(java.util.LinkedHashMap.class);

    /** {@code @JsonCreator(mode = JsonCreator.Mode.DELEGATING)}: the JSON value is the one argument. */
    static final AnnotationSpec DELEGATING_CREATOR = AnnotationSpec.builder(JSON_CREATOR)
            .addMember("mode", "$T.DELEGATING", JSON_CREATOR.nestedClass("Mode"))
            .build();

    /**
     * {@code @JsonDeserialize(using = JsonDeserializer.None.class)} on a union's variant: Jackson
     * inherits class annotations from interfaces, and without it the variant would be decoded by the
     * union's deserializer again (endless recursion).
     */
    static final AnnotationSpec PLAIN_DESERIALIZER = AnnotationSpec.builder(JSON_DESERIALIZE)
            .addMember("using", "$T.class", JSON_DESERIALIZER_NONE)
            .build();

    /**
     * {@code @JsonTypeInfo(use = JsonTypeInfo.Id.NONE)} on a discriminated union's variant: the
     * inherited type information would otherwise make decoding the variant on its own (a response typed
     * {@code Card}, not {@code PaymentMethod}) require the discriminator.
     */
    static final AnnotationSpec NO_TYPE_INFO = AnnotationSpec.builder(JSON_TYPE_INFO)
            .addMember("use", "$T.NONE", JSON_TYPE_INFO.nestedClass("Id"))
            .build();

    /**
     * {@code @JsonSetter(nulls = Nulls.FAIL)} on a component the contract requires and its type
     * promises is never null: the runtime's codec refuses {@code null} for it when decoding (unless a
     * client decodes leniently) and refuses to encode a record that holds null there.
     */
    static final AnnotationSpec NEVER_NULL = AnnotationSpec.builder(ClassName.get(JACKSON, "JsonSetter"))
            .addMember("nulls", "$T.FAIL", ClassName.get(JACKSON, "Nulls"))
            .build();

    private JavaTypes() {}

    static AnnotationSpec include(String kind) {
        return AnnotationSpec.builder(JSON_INCLUDE).addMember("value", "$T.$L", JSON_INCLUDE_KIND, kind).build();
    }
}
