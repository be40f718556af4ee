package io.github.contractgen.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Decodes a union ({@code oneOf}/{@code anyOf} without a discriminator) by trying its variants.
 *
 * <p>The JSON is buffered as a tree and bound to each variant in order, first strictly (an unknown
 * property fails the trial, and required creator properties must be present), so that the variant
 * that matches the JSON exactly wins even when an earlier one would also accept it leniently. When no
 * variant binds strictly, the first that binds leniently wins; when none binds, decoding fails naming
 * the union. Generated unions subclass it with a public no-arg constructor.
 *
 * <p>Variants inherit class annotations from the union interface, so a generated variant carries
 * {@code @JsonDeserialize} with no {@code using} to stop it from being decoded by this deserializer
 * again.
 *
 * @param <T> the union type
 * @since 0.1.0
 */
public abstract class UnionDeserializer<T> extends StdDeserializer<T> {

    private static final long serialVersionUID = 1L;

    private final transient List<Class<? extends T>> variants;

    protected UnionDeserializer(Class<T> union, List<Class<? extends T>> variants) {
        super(Objects.requireNonNull(union, "union"));
        this.variants = List.copyOf(Objects.requireNonNull(variants, "variants"));
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode tree = parser.readValueAsTree();
        ObjectCodec codec = parser.getCodec();
        for (Class<? extends T> variant : variants) {
            T value = tryBind(codec, tree, variant, true);
            if (value != null) {
                return value;
            }
        }
        for (Class<? extends T> variant : variants) {
            T value = tryBind(codec, tree, variant, false);
            if (value != null) {
                return value;
            }
        }
        throw new ContractViolation(parser, "JSON that matches none of the variants of " + handledType().getSimpleName()
                + ": " + variantNames(), handledType());
    }

    private T tryBind(ObjectCodec codec, JsonNode tree, Class<? extends T> variant, boolean strict) {
        ObjectReader reader = readerFor(codec, variant);
        reader = strict
                ? reader.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                : reader.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            return reader.readValue(tree);
        } catch (IOException | IllegalArgumentException e) {
            // A failed trial is the normal way of learning that this variant does not match.
            return null;
        }
    }

    private static ObjectReader readerFor(ObjectCodec codec, Class<?> variant) {
        if (codec instanceof ObjectMapper mapper) {
            return mapper.readerFor(variant);
        }
        if (codec instanceof ObjectReader reader) {
            return reader.forType(variant);
        }
        return JsonCodec.shared().mapper().readerFor(variant);
    }

    private String variantNames() {
        StringBuilder names = new StringBuilder();
        for (Class<? extends T> variant : variants) {
            names.append(names.length() == 0 ? "" : ", ").append(variant.getSimpleName());
        }
        return names.toString();
    }
}
