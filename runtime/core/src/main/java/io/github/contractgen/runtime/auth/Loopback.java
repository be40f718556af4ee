package io.github.contractgen.runtime.auth;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which hosts are this machine: the only ones credentials may reach without encryption unless the user
 * asks for it by name ({@link PlainHttp} for REST, {@link BrokerLogins} for event brokers).
 *
 * <p>Only literal loopback addresses ({@code 127.0.0.0/8}, {@code ::1}) and the name {@code localhost}
 * count: no name is resolved, so the answer never depends on DNS.
 *
 * @since 0.3.0
 */
public final class Loopback {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private Loopback() {}

    /**
     * Whether {@code host} is a loopback address; an IPv6 literal may come in brackets (as
     * {@code URI.getHost()} gives it) or bare.
     */
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
