package io.github.contractgen.runtime.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Encodes and decodes JSON for generated code with one configured Jackson mapper.
 *
 * <p>The configuration is the one every contract-first client wants: unknown properties are ignored
 * (servers add fields), {@code java.time} values are ISO-8601 strings, nulls are left out of requests,
 * and decimals are read as {@code BigDecimal} so that money keeps its precision. Jackson stays out of
 * the signatures so that a later Jackson major version is an internal change. Thread-safe.
 *
 * @since 0.1.0
 */
public final class JsonCodec {

    private static final JsonCodec SHARED = new JsonCodec(newMapper());

    private final ObjectMapper mapper;
    /**
     * A reader per decoded type: it holds the type's deserializer, which {@code mapper.readValue} would
     * look up (and resolve the type for) on every call. Keyed by the types generated code declares as
     * constants, so the map stays as small as the contract.
     */
    private final Map<Type, ObjectReader> readers = new ConcurrentHashMap<>();

    private JsonCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The codec that generated code uses. */
    public static JsonCodec shared() {
        return SHARED;
    }

    private static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }

    /** {@code value} as UTF-8 JSON. */
    public byte[] encode(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode " + typeName(value) + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** {@code value} as a JSON string. */
    public String encodeToString(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode " + typeName(value) + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /**
     * {@code json} decoded as {@code type}.
     *
     * @throws UncheckedIOException when the bytes are not JSON of that type; the HTTP layer turns it
     *     into a {@code DecodingException} that carries the status
     */
    public <T> T decode(byte[] json, JsonType<T> type) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
        ObjectReader reader = readers.computeIfAbsent(type.type(), t -> mapper.readerFor(mapper.constructType(t)));
        try {
            return reader.readValue(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot decode JSON as " + type + ": " + e.getMessage(), e);
        }
    }

    /** The mapper itself, for the runtime's own Jackson integrations; never exposed publicly. */
    ObjectMapper mapper() {
        return mapper;
    }

    private static String typeName(Object value) {
        return value == null ? "null" : value.getClass().getName();
    }
}
