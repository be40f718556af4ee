package io.github.contractgen.sample.orders.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.contractgen.runtime.OpenEnum;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * One of {@code post}, {@code courier} or {@code pickup}.
 *
 * <p>An open enum: besides the constants below it holds any value the service sends,
 * so a value this client does not know survives decoding and encoding.
 * Switch on {@link #known()}.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/orders.yaml"
)
public final class OrderShippedCarrier extends OpenEnum<String, OrderShippedCarrier.Known> {
    /**
     * {@code post}
     */
    public static final OrderShippedCarrier POST = new OrderShippedCarrier("post", Known.POST);

    /**
     * {@code courier}
     */
    public static final OrderShippedCarrier COURIER = new OrderShippedCarrier("courier", Known.COURIER);

    /**
     * {@code pickup}
     */
    public static final OrderShippedCarrier PICKUP = new OrderShippedCarrier("pickup", Known.PICKUP);

    private OrderShippedCarrier(String value, Known known) {
        super(value, known, known != Known.UNRECOGNIZED);
    }

    /**
     * The instance for {@code value}: the constant when the contract lists the value,
     * else a new instance that keeps it.
     *
     * @param value the value as it is sent on the wire
     * @return the instance, never null
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    public static OrderShippedCarrier of(String value) {
        Objects.requireNonNull(value, "value");
        return switch (value) {
            case "post" -> POST;
            case "courier" -> COURIER;
            case "pickup" -> PICKUP;
            default -> new OrderShippedCarrier(value, Known.UNRECOGNIZED);
        };
    }

    /**
     * Every value the contract lists, in contract order.
     *
     * @return the constants, unmodifiable
     */
    public static List<OrderShippedCarrier> knownValues() {
        return List.of(POST, COURIER, PICKUP);
    }

    /**
     * The values of {@link OrderShippedCarrier} that the contract lists, as a Java enum for switch
     * statements.
     */
    public enum Known {
        /**
         * {@code post}
         */
        POST,

        /**
         * {@code courier}
         */
        COURIER,

        /**
         * {@code pickup}
         */
        PICKUP,

        /**
         * A value the contract does not list, for example one added to the service after this
         * code was generated.
         */
        UNRECOGNIZED
    }
}
