package io.github.contractgen.runtime.auth;

import java.net.URI;

/**
 * The rule for credentials over plain {@code http://}: refused unless the host is a loopback address
 * ({@code 127.0.0.0/8}, {@code ::1}, or the name {@code localhost}) or the user asked for it by name.
 * Anyone on the path of a plain http request reads its credentials, and a client configured once for
 * a test server on the same machine must not quietly carry a token across a network later.
 *
 * <p>What counts as loopback, and that no name is resolved, is {@link Loopback}'s to say.
 *
 * @since 0.3.0
 */
public final class PlainHttp {

    private PlainHttp() {}

    /**
     * Fails when credentials would go over plain http to a host that is not loopback.
     *
     * @param uri where the credentials go
     * @param sender who sends them, for the message (a service or a token provider)
     * @param what which credentials, for the message
     * @param setting how to allow it anyway, for the message, such as {@code allowCredentialsOverPlainHttp()}
     * @throws IllegalStateException naming the sender, the host and the setting
     */
    public static void requireSafe(URI uri, String sender, String what, String setting) {
        if ("http".equalsIgnoreCase(uri.getScheme()) && !Loopback.isLoopback(uri.getHost())) {
            throw new IllegalStateException(sender + ": refusing to send " + what + " over plain http to "
                    + uri.getHost() + ", where anyone on the network can read them; use https, or call " + setting
                    + " if this network is trusted (plain http to 127.0.0.1, ::1 or localhost is always allowed)");
        }
    }
}
