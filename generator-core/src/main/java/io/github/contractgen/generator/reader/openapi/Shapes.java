package io.github.contractgen.generator.reader.openapi;

import io.github.contractgen.generator.model.TypeRef.Scalar;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a schema is, independent of how it is written: 3.0 {@code type} and {@code nullable}, 3.1
 * {@code type} arrays and {@code "null"}, types left implicit.
 */
final class Shapes {

    /** The kinds of schema the converter distinguishes. */
    enum Shape { ALL_OF, UNION, ENUM, RECORD, MAP, ARRAY, SCALAR, MULTI_TYPE, ANY }

    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private Shapes() {}

    static Shape of(Schema<?> schema) {
        if (notEmpty(schema.getAllOf())) {
            return Shape.ALL_OF;
        }
        if (notEmpty(schema.getOneOf()) || notEmpty(schema.getAnyOf())) {
            return Shape.UNION;
        }
        if (notEmpty(schema.getEnum()) || schema.getConst() != null) {
            return Shape.ENUM;
        }
        Set<String> types = types(schema);
        if (types.size() > 1) {
            return Shape.MULTI_TYPE;
        }
        String type = types.isEmpty() ? inferredType(schema) : types.iterator().next();
        if (type == null) {
            return Shape.ANY;
        }
        return switch (type) {
            case "object" -> schema.getProperties() != null && !schema.getProperties().isEmpty()
                    ? Shape.RECORD : Shape.MAP;
            case "array" -> Shape.ARRAY;
            case "string", "integer", "number", "boolean" -> Shape.SCALAR;
            default -> Shape.ANY;
        };
    }

    /** The declared types without {@code "null"}: {@code type: [string, "null"]} gives {@code [string]}. */
    static Set<String> types(Schema<?> schema) {
        Set<String> types = new LinkedHashSet<>();
        if (schema.getTypes() != null) {
            types.addAll(schema.getTypes());
        }
        if (schema.getType() != null) {
            types.add(schema.getType());
        }
        types.remove("null");
        return types;
    }

    /**
     * {@code additionalProperties} as 3.0 and 3.1 write it alike: {@code Boolean.TRUE}, {@code Boolean.FALSE},
     * a schema, or null when absent. swagger-parser hands 3.1's {@code true} and {@code false} over as
     * schemas that carry a boolean value; read as schemas, {@code false} would allow any extra property.
     */
    static Object additionalProperties(Schema<?> schema) {
        Object extra = schema.getAdditionalProperties();
        if (extra instanceof Schema<?> values && values.getBooleanSchemaValue() != null) {
            return values.getBooleanSchemaValue();
        }
        return extra;
    }

    /** The single type, declared or implied by the keywords present; null when there is none. */
    static String type(Schema<?> schema) {
        Set<String> types = types(schema);
        return types.size() == 1 ? types.iterator().next() : inferredType(schema);
    }

    private static String inferredType(Schema<?> schema) {
        if (schema.getProperties() != null || schema.getAdditionalProperties() != null) {
            return "object";
        }
        if (schema.getItems() != null) {
            return "array";
        }
        return null;
    }

    /** Whether {@code null} is allowed: 3.0 {@code nullable: true}, or {@code "null"} among 3.1 types. */
    static boolean nullable(Schema<?> schema) {
        if (Boolean.TRUE.equals(schema.getNullable())) {
            return true;
        }
        return schema.getTypes() != null && schema.getTypes().contains("null")
                || "null".equals(schema.getType());
    }

    /** Whether the schema only says "null": {@code type: "null"} or {@code enum: [null]}. */
    static boolean onlyNull(Schema<?> schema) {
        boolean nullType = "null".equals(schema.getType()) && schema.getTypes() == null
                || schema.getTypes() != null && schema.getTypes().size() == 1 && schema.getTypes().contains("null");
        boolean nullEnum = schema.getEnum() != null && !schema.getEnum().isEmpty()
                && schema.getEnum().stream().allMatch(java.util.Objects::isNull);
        return schema.get$ref() == null && (nullType || nullEnum);
    }

    /**
     * The scalar for a string, integer, number or boolean schema. Decisions: {@code integer} without a
     * format is INT64 (a {@code long} is what people mean, and GitHub's ids need it); only when the
     * declared bounds do not fit a long is it INTEGER (BigInteger). {@code number} without a format is
     * DOUBLE; DECIMAL (BigDecimal) only for {@code format: decimal}.
     */
    static Scalar scalar(Schema<?> schema, String type) {
        String format = schema.getFormat() == null ? "" : schema.getFormat().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "integer" -> integer(schema, format);
            case "number" -> switch (format) {
                case "float" -> Scalar.FLOAT;
                case "decimal" -> Scalar.DECIMAL;
                case "int32" -> Scalar.INT32;
                case "int64" -> Scalar.INT64;
                default -> Scalar.DOUBLE;
            };
            case "boolean" -> Scalar.BOOLEAN;
            default -> string(schema, format);
        };
    }

    private static Scalar integer(Schema<?> schema, String format) {
        return switch (format) {
            case "int32", "int8", "int16", "uint8", "uint16" -> Scalar.INT32;
            case "int64", "uint32" -> Scalar.INT64;
            case "uint64" -> Scalar.INTEGER;
            default -> fitsLong(schema.getMinimum()) && fitsLong(schema.getMaximum()) ? Scalar.INT64 : Scalar.INTEGER;
        };
    }

    private static boolean fitsLong(BigDecimal bound) {
        return bound == null || bound.compareTo(LONG_MIN) >= 0 && bound.compareTo(LONG_MAX) <= 0;
    }

    private static Scalar string(Schema<?> schema, String format) {
        switch (format) {
            case "date": return Scalar.DATE;
            case "date-time": return Scalar.DATE_TIME;
            case "time": return Scalar.TIME;
            case "duration": return Scalar.DURATION;
            case "uuid": return Scalar.UUID;
            case "uri", "url": return Scalar.URI;
            case "byte": return Scalar.BYTES;
            case "binary": return Scalar.BINARY;
            default: break;
        }
        if ("base64".equalsIgnoreCase(schema.getContentEncoding())) {
            return Scalar.BYTES;
        }
        if ("application/octet-stream".equalsIgnoreCase(schema.getContentMediaType())) {
            return Scalar.BINARY;
        }
        return Scalar.STRING;
    }

    static boolean notEmpty(List<?> list) {
        return list != null && !list.isEmpty();
    }
}
