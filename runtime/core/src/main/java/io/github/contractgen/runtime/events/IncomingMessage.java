package io.github.contractgen.runtime.events;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A message as a transport received it: the concrete address it arrived on, the key, the headers, the
 * payload bytes and what the transport knows of it as bindings (Kafka {@code partition} and
 * {@code offset}, MQTT {@code qos} and {@code retain}).
 *
 * <p>The same instance is handed to every attempt of one delivery. Its byte arrays are not copied.
 *
 * @param address the concrete address, e.g. {@code lights/7/measured}
 * @param key the key, or null
 * @param headers the headers, sorted, unmodifiable
 * @param payload the payload bytes
 * @param contentType the payload's media type when the protocol carries it, or null
 * @param bindings transport-specific facts about the message
 * @since 0.1.0
 */
public record IncomingMessage(String address, byte @Nullable [] key, Map<String, String> headers, byte[] payload,
        @Nullable String contentType, Map<String, String> bindings) {

    public IncomingMessage {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(payload, "payload");
        headers = SortedStrings.of(headers, "headers");
        bindings = SortedStrings.of(bindings, "bindings");
    }

    /**
     * What {@code decoder} makes of this message, e.g. its payload decoded as JSON. Whatever the decoder
     * throws (it is a function of the bytes, so it would throw again) becomes a
     * {@link MalformedMessageException} naming {@code part}, the address and the decoder's reason, which
     * {@link Delivery} dead-letters at once instead of retrying.
     *
     * @param part what is decoded, for the message: {@code "payload"}, {@code "headers"}
     * @throws MalformedMessageException when the decoder throws
     */
    public <T> T decode(String part, Function<IncomingMessage, T> decoder) {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(decoder, "decoder");
        try {
            return decoder.apply(this);
        } catch (RuntimeException e) {
            throw new MalformedMessageException("the message on '" + address + "' breaks the contract in its "
                    + part + ": " + e.getMessage(), e);
        }
    }

    /** The values of {@code pattern}'s parameters in this message's address. */
    public Map<String, String> parameters(AddressPattern pattern) {
        return pattern.parameters(address);
    }
}
