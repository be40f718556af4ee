package io.github.contractgen.runtime;

import io.github.contractgen.runtime.TlsHandshakeException.Reason;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * Tells which TLS failure a connection error was, for every transport: the JDK's
 * {@code SSLHandshakeException} chains, as java.net.http, grpc-java's Netty, Kafka and the HiveMQ MQTT
 * client pass them on, become a {@link TlsHandshakeException} whose message names the reason.
 *
 * <p>The reason is in the cause chain (an expired certificate, a name mismatch, a missing CA) or, when
 * the server refused the client, in the alert it sent. A server that requires a client certificate
 * sends {@code certificate_required} under TLS 1.3; under TLS 1.2 servers send one of several alerts, so
 * whether the client had a certificate configured decides between "required" and "refused".
 *
 * @since 0.1.0
 */
public final class TlsFailures {

    private static final List<String> CLIENT_CERTIFICATE_ALERTS = List.of("bad_certificate",
            "certificate_required", "certificate_unknown", "unknown_ca", "access_denied",
            "unsupported_certificate", "certificate_revoked", "certificate_expired");
    private static final Pattern OPENSSL_ALERT = Pattern.compile("(?:sslv3|tlsv1|tlsv13)_alert_([a-z_]+)");
    private static final String HOW_TO_SET_ONE = "set one with TlsConfig.fromPem(chain, key, caBundle) or "
            + "TlsConfig.fromKeyStore";

    private TlsFailures() {}

    /**
     * The TLS failure in {@code failure}'s cause chain, with a message that starts with {@code context}
     * (such as {@code "getPet"} or {@code "cannot connect to MQTT broker host:8883"}); null when the chain
     * holds no TLS failure. {@code host} is the host connected to (null when unknown);
     * {@code clientCertificate} whether the client had a certificate to present.
     */
    public static TlsHandshakeException classify(String context, Throwable failure, String host,
            boolean clientCertificate) {
        Throwable ssl = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            ssl = ssl == null && t instanceof SSLException ? t : ssl;
            String reason = certificateReason(t, host);
            Reason kind = certificateKind(t);
            if (kind == null) {
                String alert = alert(lower(t.getMessage()));
                if (alert != null && CLIENT_CERTIFICATE_ALERTS.contains(alert)) {
                    kind = clientCertificate && !alert.equals("certificate_required")
                            ? Reason.CLIENT_CERTIFICATE_REFUSED : Reason.CLIENT_CERTIFICATE_REQUIRED;
                    reason = clientReason(kind, alert, clientCertificate);
                } else if (lower(t.getMessage()).contains("remote host terminated the handshake")) {
                    kind = Reason.OTHER;
                    reason = terminated(clientCertificate);
                }
            }
            if (kind != null) {
                return exception(context, kind, reason, failure);
            }
        }
        return ssl == null ? null : exception(context, Reason.OTHER, describe(ssl), failure);
    }

    /**
     * For a TLS connection that the server closed right after the handshake, before answering: under
     * TLS 1.3 this is how many servers refuse a client without certificate, since the client's
     * certificate is checked after the client's side of the handshake is done. Null when the client had
     * a certificate, because then the close says nothing certain.
     */
    public static TlsHandshakeException closedAfterHandshake(String context, Throwable failure,
            boolean clientCertificate) {
        if (clientCertificate) {
            return null;
        }
        return exception(context, Reason.CLIENT_CERTIFICATE_REQUIRED, "the server closed the connection right "
                + "after the TLS handshake, which is how a TLS 1.3 server refuses a client that sent no "
                + "certificate, and this client has none configured; " + HOW_TO_SET_ONE, failure);
    }

    private static Reason certificateKind(Throwable t) {
        if (t instanceof CertificateExpiredException || t instanceof CertificateNotYetValidException
                || t instanceof CertPathValidatorException validator && isValidity(validator)) {
            return Reason.EXPIRED;
        }
        String message = lower(t.getMessage());
        if (message.contains("no subject alternative") || message.contains("no name matching")) {
            return Reason.HOSTNAME_MISMATCH;
        }
        if (t instanceof CertPathBuilderException || t instanceof CertPathValidatorException
                || message.contains("unable to find valid certification path")) {
            return Reason.UNTRUSTED;
        }
        return null;
    }

    private static String certificateReason(Throwable t, String host) {
        Reason kind = certificateKind(t);
        if (kind == Reason.EXPIRED) {
            return "the server's certificate has expired or is not yet valid (" + t.getMessage() + ")";
        }
        if (kind == Reason.HOSTNAME_MISMATCH) {
            return "the server's certificate is not valid for " + (host == null ? "the host connected to"
                    : "'" + host + "'") + " (" + t.getMessage() + ")";
        }
        if (kind == Reason.UNTRUSTED) {
            return "the server's certificate is not signed by a CA this client trusts (check the CA bundle "
                    + "or trust store given to TlsConfig)";
        }
        return null;
    }

    private static String clientReason(Reason kind, String alert, boolean clientCertificate) {
        if (kind == Reason.CLIENT_CERTIFICATE_REFUSED) {
            return "the server rejected the client certificate (alert " + alert + "): check that a CA the "
                    + "server trusts issued it and that it is still valid";
        }
        return clientCertificate
                ? "the server requires a client certificate and none was sent: the configured one is not "
                        + "issued by a CA the server accepts (alert " + alert + ")"
                : "the server requires a client certificate and none is configured; " + HOW_TO_SET_ONE
                        + " (alert " + alert + ")";
    }

    /** What a JDK server does under TLS 1.2 when a required client certificate is missing. */
    private static String terminated(boolean clientCertificate) {
        return clientCertificate
                ? "the server ended the handshake: it may have refused the client certificate, or it shares "
                        + "no protocol or cipher suite with this client"
                : "the server ended the handshake: the server may require a client certificate, and none is "
                        + "configured (" + HOW_TO_SET_ONE + ")";
    }

    private static TlsHandshakeException exception(String context, Reason kind, String reason, Throwable failure) {
        String label = kind == Reason.OTHER ? "" : kind.label() + ": ";
        return new TlsHandshakeException(context + ": TLS handshake failed: " + label + reason, kind, failure);
    }

    private static boolean isValidity(CertPathValidatorException validator) {
        return validator.getReason() == CertPathValidatorException.BasicReason.EXPIRED
                || validator.getReason() == CertPathValidatorException.BasicReason.NOT_YET_VALID;
    }

    /**
     * The alert the server sent, as the JDK names it ({@code Received fatal alert: bad_certificate}) or as
     * BoringSSL under Netty does ({@code SSLV3_ALERT_BAD_CERTIFICATE}, {@code TLSV13_ALERT_CERTIFICATE_REQUIRED}).
     */
    private static String alert(String message) {
        int at = message.indexOf("received fatal alert: ");
        if (at >= 0) {
            return message.substring(at + "received fatal alert: ".length()).trim();
        }
        Matcher openssl = OPENSSL_ALERT.matcher(message);
        return openssl.find() ? openssl.group(1) : null;
    }

    private static String describe(Throwable failure) {
        return failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    }

    private static String lower(String message) {
        return message == null ? "" : message.toLowerCase(Locale.ROOT);
    }
}
