package io.github.contractgen.transporttests;

import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.testsupport.SwitchableServerTls;
import java.time.Duration;

/**
 * One transport and a real server or broker for it on 127.0.0.1 that requires a client certificate,
 * whose TLS identity the test switches per case.
 */
interface Endpoint extends AutoCloseable {

    /** Long enough for a handshake, a broker's metadata or a consumer group on a loaded machine. */
    Duration PATIENCE = Duration.ofSeconds(90);

    /** The server's TLS, which the test points at a certificate and a client CA per case. */
    SwitchableServerTls serverTls();

    /** A client of this transport with {@code tls}; MQTT connects here, the others at their first call. */
    Client client(TlsConfig tls) throws Exception;

    /** A client built once and used for several round trips. */
    interface Client extends AutoCloseable {
        /**
         * A call or a message there and back, over at least one connection made for it, so that a round
         * trip after a rotation shows which certificates a new connection uses.
         */
        void roundTrip() throws Exception;
    }
}
