package io.github.contractgen.runtime.events;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Makes transport builders for the AsyncAPI protocols it speaks; found with {@link java.util.ServiceLoader}
 * through {@code META-INF/services/io.github.contractgen.runtime.events.EventTransportProvider}.
 *
 * <p>It lets a generated {@code <Service>Config} pick the transport from the chosen server's protocol
 * without generated code, or this module, depending on Kafka or MQTT at compile time: adding
 * {@code contractgen-runtime-kafka} to the class path is what makes {@code kafka} servers usable.
 *
 * @since 0.1.0
 */
public interface EventTransportProvider {

    /** The protocols, lower case as AsyncAPI writes them ({@code kafka}, {@code kafka-secure}, {@code mqtt}, ...). */
    Set<String> protocols();

    /**
     * A builder for the broker at {@code hostPort}; the caller adds TLS and credentials.
     *
     * @param saslMechanism {@code PLAIN}, {@code SCRAM-SHA-256} or {@code SCRAM-SHA-512} for the
     *     credentials, or null for the transport's default; a transport without SASL refuses any
     * @throws IllegalArgumentException when the address or the mechanism does not fit the transport
     */
    EventTransport.Builder builder(String hostPort, @Nullable String saslMechanism);
}
