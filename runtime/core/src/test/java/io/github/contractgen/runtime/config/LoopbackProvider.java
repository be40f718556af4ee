package io.github.contractgen.runtime.config;

import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.events.EventTransport;
import io.github.contractgen.runtime.events.EventTransportProvider;
import io.github.contractgen.runtime.events.InMemoryTransport;
import java.util.Set;

/** A provider registered for these tests only: it records what the config gave its builder. */
public final class LoopbackProvider implements EventTransportProvider {

    @Override
    public Set<String> protocols() {
        return Set.of("loop", "loop-secure");
    }

    @Override
    public EventTransport.Builder builder(String hostPort, String saslMechanism) {
        return new Recording(hostPort, saslMechanism);
    }

    /** What the config applied; builds an in-memory transport. */
    public static final class Recording implements EventTransport.Builder {
        public final String hostPort;
        public final String saslMechanism;
        public TlsConfig tls;
        public boolean plaintext;
        public String username;
        public String password;

        Recording(String hostPort, String saslMechanism) {
            this.hostPort = hostPort;
            this.saslMechanism = saslMechanism;
        }

        @Override
        public Recording tls(TlsConfig tls) {
            this.tls = tls;
            return this;
        }

        @Override
        public Recording plaintext() {
            this.plaintext = true;
            return this;
        }

        @Override
        public Recording credentials(String username, String password) {
            this.username = username;
            this.password = password;
            return this;
        }

        @Override
        public EventTransport build() {
            return InMemoryTransport.create();
        }
    }
}
