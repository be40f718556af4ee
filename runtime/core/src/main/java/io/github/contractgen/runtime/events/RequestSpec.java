package io.github.contractgen.runtime.events;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a request finds its reply (AsyncAPI 3.0 request/reply): where replies arrive, which header tells
 * the replying side where to send its reply, which headers carry the correlation id, and how long the
 * requesting side waits.
 *
 * <p>Both sides of one operation use the same spec: the requesting side subscribes to
 * {@link #replyAddress()} once and matches replies by correlation id; the replying side sends its reply
 * to the address named in {@link #replyAddressHeader()} when the request carries one, else to
 * {@link #replyAddress()}, with the request's correlation id in {@link #replyCorrelationHeader()}.
 * Both sides also put the correlation id and reply address into the neutral bindings
 * {@value #CORRELATION_ID_BINDING} and {@value #REPLY_ADDRESS_BINDING}, which a transport maps onto its
 * own fields where it has them (MQTT 5) and ignores otherwise, and read them when the headers are
 * missing, so that a peer using only the protocol's own fields takes part.
 *
 * @param replyAddress the concrete address replies arrive on
 * @param replyAddressHeader the request header that carries the reply address ({@code replyTo} for
 *     {@code $message.header#/replyTo}), or null when the contract fixes the reply address
 * @param correlationHeader the request header that carries the correlation id
 * @param replyCorrelationHeader the reply header that carries the same id back
 * @param timeout how long the requesting side waits for the reply
 * @since 0.1.0
 */
public record RequestSpec(String replyAddress, @Nullable String replyAddressHeader, String correlationHeader,
        String replyCorrelationHeader, Duration timeout) {

    /** The header that carries the correlation id when the contract declares none in a header. */
    public static final String DEFAULT_CORRELATION_HEADER = "correlationId";

    /**
     * The binding in which a request and its reply also carry the correlation id, besides the header,
     * so that a transport with a field of its own for it (MQTT 5 Correlation Data) fills that field, and
     * a peer that sets only the field is understood: the header wins when both are present.
     */
    public static final String CORRELATION_ID_BINDING = "correlationId";

    /**
     * The binding in which a request also carries {@link #replyAddress()}, for a transport with a field
     * of its own for it (MQTT 5 Response Topic); a request that names its reply address only there is
     * answered there.
     */
    public static final String REPLY_ADDRESS_BINDING = "replyAddress";

    public RequestSpec {
        Objects.requireNonNull(replyAddress, "replyAddress");
        Objects.requireNonNull(correlationHeader, "correlationHeader");
        Objects.requireNonNull(replyCorrelationHeader, "replyCorrelationHeader");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
    }

    /** Replies on {@code replyAddress}, correlated by {@link #DEFAULT_CORRELATION_HEADER} both ways. */
    public static RequestSpec of(String replyAddress, Duration timeout) {
        return new RequestSpec(replyAddress, null, DEFAULT_CORRELATION_HEADER, DEFAULT_CORRELATION_HEADER, timeout);
    }

    /** This spec with the reply address also sent in the request header {@code header}. */
    public RequestSpec withReplyAddressHeader(String header) {
        return new RequestSpec(replyAddress, Objects.requireNonNull(header, "header"), correlationHeader,
                replyCorrelationHeader, timeout);
    }

    /** This spec with the correlation id in {@code request} on the request and {@code reply} on the reply. */
    public RequestSpec withCorrelationHeaders(String request, String reply) {
        return new RequestSpec(replyAddress, replyAddressHeader, Objects.requireNonNull(request, "request"),
                Objects.requireNonNull(reply, "reply"), timeout);
    }

    public RequestSpec withTimeout(Duration timeout) {
        return new RequestSpec(replyAddress, replyAddressHeader, correlationHeader, replyCorrelationHeader, timeout);
    }
}
