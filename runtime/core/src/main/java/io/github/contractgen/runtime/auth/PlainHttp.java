package io.github.contractgen.runtime.auth;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rule for credentials over plain {@code http://}: refused unless the host is a loopback address
 * ({@code 127.0.0.0/8}, {@code ::1}, or the name {@code localhost}) or the user asked for it by name.
 * Anyone on the path of a plain http request reads its credentials, and a client configured once for
 * a test server on the same machine must not quietly carry a token across a network later.
 *
 * <p>Only literal addresses and the name {@code localhost} count as loopback: no name is resolved, so
 * the answer never depends on DNS.
 *
 * @since 0.3.0
 */
public final class PlainHttp {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

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
        if ("http".equalsIgnoreCase(uri.getScheme()) && !isLoopback(uri.getHost())) {
            throw new IllegalStateException(sender + ": refusing to send " + what + " over plain http to "
                    + uri.getHost() + ", where anyone on the network can read them; use https, or call " + setting
                    + " if this network is trusted (plain http to 127.0.0.1, ::1 or localhost is always allowed)");
        }
    }

    /** Whether {@code host} (as {@code URI.getHost()} gives it: IPv6 in brackets) is a loopback address. */
    public static boolean isLoopback(String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        String lower = bare.toLowerCase(Locale.ROOT);
        if (lower.equals("localhost") || lower.equals("localhost.")) {
            return true;
        }
        if (IPV4.matcher(bare).matches()) {
            return isLoopbackIpv4(bare);
        }
        if (bare.indexOf(':') < 0) {
            return false; // a name: never resolved
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress(); // with a colon, a literal: parsed, not looked up
        } catch (UnknownHostException malformed) {
            return false;
        }
    }

    private static boolean isLoopbackIpv4(String address) {
        String[] octets = address.split("\\.");
        for (String octet : octets) {
            if (Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return octets[0].equals("127");
    }
}
