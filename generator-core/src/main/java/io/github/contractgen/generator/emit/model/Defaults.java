package io.github.contractgen.generator.emit.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.github.contractgen.generator.emit.TypeMapper;
import io.github.contractgen.generator.model.TypeDef;
import io.github.contractgen.generator.model.TypeRef;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Java literals for contract defaults of strings, numbers, booleans and enums: what a record's compact
 * constructor puts in place of an absent value. Other defaults (dates, lists, objects) are only
 * documented; writing them as Java would need parsing at run time for little gain.
 */
final class Defaults {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

    private Defaults() {}

    /** The literal for {@code json} (the contract's default as JSON text) as a value of {@code type}. */
    static Optional<CodeBlock> literal(TypeRef type, String json, ModelContext context) {
        TypeMapper mapper = context.mapper();
        TypeRef resolved = mapper.resolve(type);
        JsonNode node = parse(json);
        if (resolved instanceof TypeRef.ScalarRef scalar) {
            return Optional.ofNullable(scalar(scalar.scalar(), node));
        }
        if (resolved instanceof TypeRef.Named named && mapper.definition(named.name()) instanceof TypeDef.EnumDef def) {
            return Optional.ofNullable(enumValue(def, context.type(def.name()), node));
        }
        return Optional.empty();
    }

    /** The enum value whose contract text is {@code text}: its constant when listed, else {@code of(...)}. */
    static CodeBlock enumValue(TypeDef.EnumDef def, ClassName type, String text) {
        EnumValues values = new EnumValues(def);
        String constant = values.constants().get(text);
        if (constant != null) {
            return CodeBlock.of("$T.$L", type, constant);
        }
        return values.isText() ? CodeBlock.of("$T.of($S)", type, text) : null;
    }

    private static CodeBlock enumValue(TypeDef.EnumDef def, ClassName type, JsonNode node) {
        return node.isTextual() || node.isNumber() ? enumValue(def, type, node.asText()) : null;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            // Not JSON: a reader that handed over the bare text of a string default.
            return TextNode.valueOf(json);
        }
    }

    private static CodeBlock scalar(TypeRef.Scalar scalar, JsonNode node) {
        return switch (scalar) {
            case STRING -> node.isTextual() ? CodeBlock.of("$S", node.textValue()) : null;
            case INT32 -> node.isIntegralNumber() && node.canConvertToInt() ? CodeBlock.of("$L", node.intValue()) : null;
            case INT64 -> node.isIntegralNumber() && node.canConvertToLong() ? CodeBlock.of("$LL", node.longValue()) : null;
            case INTEGER -> node.isIntegralNumber()
                    ? CodeBlock.of("new $T($S)", BigInteger.class, node.bigIntegerValue().toString()) : null;
            case DOUBLE -> node.isNumber() && Double.isFinite(node.doubleValue())
                    ? CodeBlock.of("$L", Double.toString(node.doubleValue())) : null;
            case FLOAT -> node.isNumber() && Float.isFinite(node.floatValue())
                    ? CodeBlock.of("$LF", Float.toString(node.floatValue())) : null;
            case DECIMAL -> node.isNumber()
                    ? CodeBlock.of("new $T($S)", BigDecimal.class, node.decimalValue().toString()) : null;
            case BOOLEAN -> node.isBoolean() ? CodeBlock.of("$L", node.booleanValue()) : null;
            default -> null;
        };
    }
}
