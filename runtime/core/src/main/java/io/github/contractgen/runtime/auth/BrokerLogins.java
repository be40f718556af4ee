package io.github.contractgen.runtime.auth;

import java.util.List;

/**
 * The rule for broker logins without TLS, the event transports' counterpart of {@link PlainHttp}: a
 * transport that would log in to a broker that is not {@linkplain Loopback loopback} over a connection
 * without TLS refuses to build, unless the user asked for it by name with
 * {@link io.github.contractgen.runtime.events.EventTransport.Builder#allowCredentialsWithoutTls()}.
 *
 * <p>Every mechanism falls under it, SCRAM included: SCRAM never sends the password, but anyone who reads
 * the exchange can try passwords against it offline, and anyone on the path can take over the connection
 * it authenticated, so a login without TLS is only as private as the network. One rule is easier to
 * trust than a list of exceptions.
 *
 * @since 0.3.0
 */
public final class BrokerLogins {

    private BrokerLogins() {}

    /**
     * Fails when a login without TLS would reach a broker host that is not loopback; every host must be
     * loopback (a Kafka client may connect to any broker of its bootstrap list, and to those it learns of).
     *
     * @param transport who logs in, for the message ({@code Kafka transport})
     * @param login how, for the message ({@code SASL PLAIN})
     * @param hosts the broker hosts the login goes to
     * @throws IllegalStateException naming the transport, the hosts that are not loopback and the setting
     */
    public static void requireLoopback(String transport, String login, List<String> hosts) {
        List<String> remote = hosts.stream().filter(host -> !Loopback.isLoopback(host)).toList();
        if (!remote.isEmpty()) {
            throw new IllegalStateException(transport + ": refusing to log in with " + login + " without TLS to "
                    + String.join(", ", remote) + ", where anyone on the network can read the login and take over the"
                    + " connection; use tls(...), or call allowCredentialsWithoutTls() on the transport's builder (or on"
                    + " the events client's builder) if this network is trusted (a login without TLS to 127.0.0.1, ::1"
                    + " or localhost is always allowed)");
        }
    }
}
