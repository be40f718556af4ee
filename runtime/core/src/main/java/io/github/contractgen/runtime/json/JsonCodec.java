package io.github.contractgen.runtime.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.contractgen.runtime.DecodingException;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Encodes and decodes JSON for generated code with one configured Jackson mapper.
 *
 * <p>The configuration is the one every contract-first client wants: unknown properties are ignored
 * (servers add fields), {@code java.time} values are ISO-8601 strings, nulls are left out of requests,
 * and decimals are read as {@code BigDecimal} so that money keeps its precision. Jackson stays out of
 * the signatures so that a later Jackson major version is an internal change. Thread-safe.
 *
 * <p>Nothing decodes into a value that is silently wrong; each of these is a {@link DecodingException}
 * naming the JSON path ({@code $.items[2].count}): a number with a fraction where the contract wants an
 * integer ({@code 1.9}; {@code 2.0} is fine), an integer beyond its Java type's range, a number too
 * large for a {@code double} or {@code float} ({@code 1e999999999}), {@code null} or nothing for a
 * primitive, a number for an enum (Jackson would pick the constant by position), and, for a property
 * that a generated record marks required and never null (it has {@code @JsonSetter(nulls = Nulls.FAIL)}),
 * {@code null} or nothing. The {@link #lenient()} codec
 * accepts the last for reference types, for servers known to break their own contract: the accessor
 * then returns null. Encoding refuses a record that holds null where it promises a value, in both.
 *
 * @since 0.1.0
 */
public final class JsonCodec {

    private static final JsonCodec SHARED = new JsonCodec(newMapper(new JacksonAnnotationIntrospector()));
    private static final JsonCodec LENIENT = new JsonCodec(newMapper(RequiredValues.lenientDecoding()));

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

    /** The codec that generated code uses: strict decoding. */
    public static JsonCodec shared() {
        return SHARED;
    }

    /**
     * The codec of lenient decoding: a required value that is absent or {@code null} decodes as
     * {@code null} where the Java type can hold it (not a primitive). Every other check stays.
     *
     * @since 0.1.0
     */
    public static JsonCodec lenient() {
        return LENIENT;
    }

    /**
     * {@link #lenient()} when {@code lenient}, else {@link #shared()}: what a client built with or
     * without lenient decoding uses.
     *
     * @since 0.1.0
     */
    public static JsonCodec of(boolean lenient) {
        return lenient ? LENIENT : SHARED;
    }

    private static ObjectMapper newMapper(JacksonAnnotationIntrospector introspector) {
        SimpleModule contract = new SimpleModule("contractgen")
                .setDeserializerModifier(new ExactNumbers())
                .setSerializerModifier(RequiredValues.refuseOnEncoding());
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(contract)
                .annotationIntrospector(introspector)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }

    /**
     * {@code value} as UTF-8 JSON.
     *
     * @throws IllegalArgumentException when it cannot be written, such as a record holding null
     *     where the contract requires a value; the message names the JSON path
     */
    public byte[] encode(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw cannotEncode(value, e);
        }
    }

    /**
     * {@code value} as UTF-8 JSON, for {@code purpose}, which an error names first: generated producers
     * pass their operation and channel, so that a payload lacking a required value is refused before it
     * is sent with a message that says which send it was and which property.
     *
     * @throws IllegalArgumentException as {@link #encode(Object)} does, its message starting with {@code purpose}
     * @since 0.1.0
     */
    public byte[] encode(Object value, String purpose) {
        Objects.requireNonNull(purpose, "purpose");
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(purpose + ": " + cannotEncode(value, e).getMessage());
        }
    }

    /**
     * {@code value} as UTF-8 JSON, as {@link #encode(Object)} does, except that the top-level properties
     * named in {@code filledByCaller} may be null, and are then left out: the caller fills them in after
     * encoding. A generated producer encodes headers so, then adds the correlation id the caller left
     * out; a null anywhere else, or in a nested property of the same name, is refused as ever.
     *
     * @throws IllegalArgumentException as {@link #encode(Object)} does
     * @since 0.1.0
     */
    public byte[] encodeFilledLater(Object value, Set<String> filledByCaller) {
        Objects.requireNonNull(filledByCaller, "filledByCaller");
        try {
            return mapper.writer().withAttribute(RequiredValues.FILLED_LATER, Set.copyOf(filledByCaller))
                    .writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw cannotEncode(value, e);
        }
    }

    /**
     * {@code value} as a JSON string.
     *
     * @throws IllegalArgumentException as {@link #encode} does
     */
    public String encodeToString(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw cannotEncode(value, e);
        }
    }

    private static IllegalArgumentException cannotEncode(Object value, JsonProcessingException e) {
        // Not the cause: Jackson's message may quote a value, and a value may be a secret.
        return new IllegalArgumentException("cannot encode " + typeName(value) + " as JSON: " + JsonFailures.describe(e));
    }

    /**
     * {@code json} decoded as {@code type}.
     *
     * @throws DecodingException when the bytes are not JSON of that type, or break the contract (see
     *     above); the message names the JSON path and never quotes the JSON. Its status is -1: the HTTP
     *     layer adds the operation and status
     */
    public <T> T decode(byte[] json, JsonType<T> type) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
        ObjectReader reader = readers.computeIfAbsent(type.type(), t -> mapper.readerFor(mapper.constructType(t)));
        try {
            return reader.readValue(json);
        } catch (IOException e) {
            // Neither the message nor a cause repeats the JSON: Jackson's messages quote the tokens they
            // stumble on, and a body may hold secrets.
            throw new DecodingException("JSON does not decode as " + type + ": " + JsonFailures.describe(e), -1, "",
                    null);
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
