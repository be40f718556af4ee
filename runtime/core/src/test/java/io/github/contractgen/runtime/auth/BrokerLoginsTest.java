package io.github.contractgen.runtime.auth;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A broker login without TLS goes only to loopback hosts; the refusal names the transport, every host
 * that is not loopback and the setting that allows it. The transports' own tests hold them to it.
 */
class BrokerLoginsTest {

    @Test
    void aHostThatIsNotLoopbackIsRefusedNamingTheTransportTheHostAndTheSetting() {
        assertThatThrownBy(() -> BrokerLogins.requireLoopback("Kafka transport", "SASL PLAIN",
                List.of("127.0.0.1", "broker.example.invalid", "localhost", "10.0.0.7")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Kafka transport: refusing to log in with SASL PLAIN without TLS to broker.example.invalid,"
                        + " 10.0.0.7, where anyone on the network can read the login and take over the connection; use"
                        + " tls(...), or call allowCredentialsWithoutTls() on the transport's builder (or on the events"
                        + " client's builder) if this network is trusted (a login without TLS to 127.0.0.1, ::1 or"
                        + " localhost is always allowed)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.3.2.1", "::1", "[::1]", "localhost", "LOCALHOST"})
    void loopbackHostsAreAllowed(String host) {
        assertThatCode(() -> BrokerLogins.requireLoopback("MQTT transport", "a user name and password",
                List.of(host, "127.0.0.1"))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"::2", "0.0.0.0", "broker", "127.0.0.1.nip.io"})
    void hostsThatAreNotLiterallyLoopbackAreRefused(String host) {
        assertThatThrownBy(() -> BrokerLogins.requireLoopback("MQTT transport", "a user name and password", List.of(host)))
                .hasMessageStartingWith("MQTT transport: refusing to log in with a user name and password without TLS to "
                        + host + ", ");
    }
}
