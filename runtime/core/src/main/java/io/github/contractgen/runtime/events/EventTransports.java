package io.github.contractgen.runtime.events;

import io.github.contractgen.runtime.config.ConfigException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Finds the {@link EventTransportProvider} for a protocol on the class path.
 *
 * @since 0.1.0
 */
public final class EventTransports {

    private EventTransports() {}

    /**
     * A transport builder for {@code protocol} at {@code hostPort}.
     *
     * @throws ConfigException when no provider speaks the protocol, naming the artifact to add
     */
    public static EventTransport.Builder builder(String protocol, String hostPort, @Nullable String saslMechanism) {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(hostPort, "hostPort");
        String wanted = protocol.toLowerCase(Locale.ROOT);
        TreeSet<String> known = new TreeSet<>();
        for (EventTransportProvider provider : providers()) {
            if (provider.protocols().contains(wanted)) {
                return provider.builder(hostPort, saslMechanism);
            }
            known.addAll(provider.protocols());
        }
        throw new ConfigException("no event transport for protocol '" + protocol + "' is on the class path"
                + (known.isEmpty() ? "" : " (it has: " + String.join(", ", known) + ")") + ": " + remedy(wanted));
    }

    /** The artifact that speaks {@code protocol}, or what to do when contractgen has none. */
    static String remedy(String protocol) {
        if (protocol.startsWith("kafka")) {
            return "add the dependency io.github.contractgen:contractgen-runtime-kafka";
        }
        if (List.of("mqtt", "mqtts", "secure-mqtt", "mqtt5").contains(protocol)) {
            return "add the dependency io.github.contractgen:contractgen-runtime-mqtt";
        }
        return "contractgen ships no transport for it; pass your own with the builder's transport(...)";
    }

    private static List<EventTransportProvider> providers() {
        // The context class loader sees an application's modules in containers; this class's own loader
        // covers callers that run with a context loader that does not.
        List<EventTransportProvider> found = ServiceLoader.load(EventTransportProvider.class).stream()
                .map(ServiceLoader.Provider::get).toList();
        return !found.isEmpty() ? found : ServiceLoader.load(EventTransportProvider.class,
                EventTransportProvider.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();
    }
}
