package io.github.contractgen.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/**
 * Refuses the numbers Jackson would otherwise change in silence: a fraction where the contract wants
 * an integer ({@code 1.9} would become {@code 1}), an integer beyond the range of its Java type, and
 * a float or double that does not fit ({@code 1e999999999} would become {@code Infinity}). A whole
 * number written with a fraction ({@code 2.0}) is still an integer, as JSON Schema says.
 */
final class ExactNumbers extends BeanDeserializerModifier {

    private static final long serialVersionUID = 1L;

    /** The integer types, by the range a value must fall in. */
    private static final Map<Class<?>, Range> WHOLE = Map.of(
            int.class, Range.of(Integer.MIN_VALUE, Integer.MAX_VALUE),
            Integer.class, Range.of(Integer.MIN_VALUE, Integer.MAX_VALUE),
            long.class, Range.of(Long.MIN_VALUE, Long.MAX_VALUE),
            Long.class, Range.of(Long.MIN_VALUE, Long.MAX_VALUE),
            BigInteger.class, Range.DIGITS);

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
            JsonDeserializer<?> deserializer) {
        Class<?> type = description.getBeanClass();
        Range range = WHOLE.get(type);
        if (range != null) {
            return new WholeNumber(deserializer, type, range);
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return new FiniteNumber(deserializer, type);
        }
        return deserializer;
    }

    /**
     * The values an integer type holds: between {@code min} and {@code max}, or, for BigInteger (both
     * null), at most {@link #MAX_DIGITS} digits, so that no input ({@code 1e999999999}) makes it
     * allocate a huge number.
     */
    private record Range(BigDecimal min, BigDecimal max) {

        static final Range DIGITS = new Range(null, null);
        /** More digits than any contract means, and few enough that building the number costs nothing. */
        static final int MAX_DIGITS = 1000;

        static Range of(long min, long max) {
            return new Range(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
        }

        boolean holds(BigDecimal value) {
            if (min == null) {
                return value.precision() - value.scale() <= MAX_DIGITS;
            }
            return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
        }
    }

    /** An integer: a number with a fraction is refused, one that is whole is converted exactly. */
    private static final class WholeNumber extends DelegatingDeserializer {

        private static final long serialVersionUID = 1L;

        private final Class<?> type;
        private final Range range;

        WholeNumber(JsonDeserializer<?> standard, Class<?> type, Range range) {
            super(standard);
            this.type = type;
            this.range = range;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new WholeNumber(delegate, type, range);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                return super.deserialize(parser, context);
            }
            BigDecimal value = parser.getDecimalValue();
            if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
                throw new ContractViolation(parser, "a number with a fraction where the contract wants an integer", type);
            }
            if (!range.holds(value)) {
                throw new ContractViolation(parser, "a number out of the range of " + type.getSimpleName(), type);
            }
            if (type == int.class || type == Integer.class) {
                return value.intValueExact();
            }
            if (type == long.class || type == Long.class) {
                return value.longValueExact();
            }
            return value.toBigIntegerExact();
        }
    }

    /** A float or double: a value too large for it (or one Jackson reads as NaN or infinity) is refused. */
    private static final class FiniteNumber extends DelegatingDeserializer {

        private static final long serialVersionUID = 1L;

        private final Class<?> type;

        FiniteNumber(JsonDeserializer<?> standard, Class<?> type) {
            super(standard);
            this.type = type;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new FiniteNumber(delegate, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (value instanceof Number number && !Double.isFinite(number.doubleValue())) {
                throw new ContractViolation(parser, "a number out of the range of " + type.getSimpleName(), type);
            }
            return value;
        }
    }
}
