package io.github.contractgen.runtime.events;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A message to send, already encoded: the concrete address (topic), an optional key, headers, the
 * payload bytes and the protocol bindings that matter to the transport (MQTT {@code qos}/{@code retain}).
 *
 * <p>Headers and bindings are copied into sorted, unmodifiable maps. The byte arrays are not copied (a
 * message is handed over, not shared), so equality of two messages is identity of their arrays.
 *
 * @param address the concrete address, parameters already filled in
 * @param key the partitioning key (Kafka), or null
 * @param headers application headers, names as given
 * @param payload the encoded payload
 * @param contentType the payload's media type, or null
 * @param bindings transport-specific settings, e.g. {@code qos=1}, {@code retain=true}
 * @since 0.1.0
 */
public record OutgoingMessage(String address, byte @Nullable [] key, Map<String, String> headers, byte[] payload,
        @Nullable String contentType, Map<String, String> bindings) {

    public OutgoingMessage {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(payload, "payload");
        headers = SortedStrings.of(headers, "headers");
        bindings = SortedStrings.of(bindings, "bindings");
    }

    /** A message with no key, headers or bindings. */
    public static OutgoingMessage of(String address, byte[] payload, @Nullable String contentType) {
        return new OutgoingMessage(address, null, Map.of(), payload, contentType, Map.of());
    }

    /** This message with {@code headers} instead of its own. */
    public OutgoingMessage withHeaders(Map<String, String> headers) {
        return new OutgoingMessage(address, key, headers, payload, contentType, bindings);
    }
}
