package io.github.contractgen.runtime.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import java.util.List;
import java.util.Set;

/**
 * The values a contract requires and a record's type promises are never null.
 *
 * <p>Generated records mark such a component {@code @JsonProperty(required = true)} and
 * {@code @JsonSetter(nulls = Nulls.FAIL)}: decoding refuses it absent or null, and {@link #refuseOnEncoding}
 * refuses to write a record that holds null there, so that a request or an event leaves with every
 * required value or not at all. {@link #lenientDecoding} is the introspector of the lenient codec,
 * which lets both marks go on reference types only: a required number that is absent or null stays
 * an error, since a primitive has no null to hold it.
 */
final class RequiredValues {

    /**
     * The attribute of one encoding that names the top-level properties the caller fills in after
     * encoding ({@link JsonCodec#encodeFilledLater}): a {@code Set<String>}, absent for none.
     */
    static final Object FILLED_LATER = new Object();

    private RequiredValues() {}

    /**
     * Whether {@code member} is marked never null. Read from the annotation, not the introspector:
     * the lenient one hides the mark, and encoding stays strict.
     */
    static boolean neverNull(AnnotatedMember member) {
        JsonSetter setter = member.getAnnotation(JsonSetter.class);
        return setter != null && setter.nulls() == Nulls.FAIL;
    }

    /** Writes an error instead of leaving out a required value that is null. */
    static BeanSerializerModifier refuseOnEncoding() {
        return new BeanSerializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription description,
                    List<BeanPropertyWriter> writers) {
                writers.replaceAll(writer -> neverNull(writer.getMember()) ? new RequiredWriter(writer) : writer);
                return writers;
            }
        };
    }

    /** The introspector of lenient decoding: absent or null is accepted for required reference values. */
    static JacksonAnnotationIntrospector lenientDecoding() {
        return new JacksonAnnotationIntrospector() {
            private static final long serialVersionUID = 1L;

            @Override
            public Boolean hasRequiredMarker(AnnotatedMember member) {
                Boolean required = super.hasRequiredMarker(member);
                return Boolean.TRUE.equals(required) && !member.getRawType().isPrimitive() ? Boolean.FALSE : required;
            }

            @Override
            public JsonSetter.Value findSetterInfo(Annotated annotated) {
                JsonSetter.Value setter = super.findSetterInfo(annotated);
                return setter.getValueNulls() == Nulls.FAIL ? setter.withValueNulls(Nulls.DEFAULT) : setter;
            }
        };
    }

    /**
     * A property writer that fails, naming the property, when the value is null, unless the value is a
     * top-level one the caller fills in after encoding.
     */
    private static final class RequiredWriter extends BeanPropertyWriter {

        private static final long serialVersionUID = 1L;

        RequiredWriter(BeanPropertyWriter writer) {
            super(writer);
        }

        @Override
        public void serializeAsField(Object bean, JsonGenerator generator, SerializerProvider provider) throws Exception {
            if (get(bean) == null && !filledLater(generator, provider)) {
                throw new ContractViolation(null, "a required value is null", getType().getRawClass());
            }
            super.serializeAsField(bean, generator, provider);
        }

        private boolean filledLater(JsonGenerator generator, SerializerProvider provider) {
            JsonStreamContext object = generator.getOutputContext();
            return provider.getAttribute(FILLED_LATER) instanceof Set<?> names && names.contains(getName())
                    && object.getParent() != null && object.getParent().inRoot();
        }
    }
}
