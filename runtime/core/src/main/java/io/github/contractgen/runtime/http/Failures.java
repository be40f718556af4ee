package io.github.contractgen.runtime.http;

import io.github.contractgen.runtime.CallTimeoutException;
import io.github.contractgen.runtime.TransportException;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * Turns what {@code java.net.http} throws into a {@link TransportException} whose message says what
 * went wrong in words that point to the fix.
 *
 * <p>TLS failures in particular arrive as a generic {@code SSLHandshakeException}; the real reason is
 * in the cause chain (an expired certificate, a name mismatch, a missing CA) or in the alert the
 * server sent. Under TLS 1.3 a server that requires a client certificate rejects its absence after the
 * handshake, so the client only sees the connection close ("header parser received no bytes"): that
 * case is named too. Messages hold the operation id, method and URI without query, never credentials.
 */
final class Failures {

    private static final List<String> CLIENT_CERTIFICATE_ALERTS = List.of("bad_certificate",
            "certificate_required", "certificate_unknown", "unknown_ca", "access_denied",
            "unsupported_certificate", "certificate_revoked", "certificate_expired");

    private Failures() {}

    static TransportException map(String operationId, String method, URI safeUri, Throwable failure,
            HttpClientOptions options) {
        String where = " (" + method + " " + safeUri + ")";
        if (failure instanceof HttpConnectTimeoutException) {
            return new CallTimeoutException(operationId + ": connect timed out after " + options.connectTimeout()
                    + " (connectTimeout, TLS handshake included)" + where, failure);
        }
        if (failure instanceof HttpTimeoutException) {
            return new CallTimeoutException(operationId + ": no response within " + options.requestTimeout()
                    + " (requestTimeout)" + where, failure);
        }
        if (failure instanceof BoundedBody.IncompleteBody) {
            return new TransportException(operationId + ": " + failure.getMessage() + where, failure);
        }
        String tls = tlsReason(failure, safeUri, options);
        if (tls != null) {
            return new TransportException(operationId + ": TLS handshake failed: " + tls + where, failure);
        }
        if (failure instanceof ConnectException) {
            return new TransportException(operationId + ": cannot connect to " + safeUri.getAuthority()
                    + ": connection refused or unreachable" + where, failure);
        }
        if (isClosedBeforeResponse(failure)) {
            return new TransportException(operationId + ": the server closed the connection before responding"
                    + clientCertificateHint(safeUri, options) + where, failure);
        }
        return new TransportException(operationId + ": " + (failure instanceof IOException ? "I/O error: " : "failed: ")
                + describe(failure) + where, failure);
    }

    private static String tlsReason(Throwable failure, URI uri, HttpClientOptions options) {
        boolean ssl = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            ssl |= t instanceof SSLException;
            if (t instanceof CertificateExpiredException || t instanceof CertificateNotYetValidException
                    || t instanceof CertPathValidatorException validator && isValidity(validator)) {
                return "the server's certificate has expired or is not yet valid";
            }
            String message = lower(t.getMessage());
            if (message.contains("no subject alternative") || message.contains("no name matching")) {
                return "hostname mismatch: the server's certificate is not valid for '" + uri.getHost() + "'";
            }
            if (t instanceof CertPathBuilderException || t instanceof CertPathValidatorException
                    || message.contains("unable to find valid certification path")) {
                return "untrusted certificate: the server's certificate is not signed by a CA this client "
                        + "trusts (check the CA bundle or trust store given to TlsConfig)";
            }
            String alert = alert(message);
            if (alert != null && CLIENT_CERTIFICATE_ALERTS.contains(alert)) {
                return options.tls().hasClientCertificate()
                        ? "client certificate refused: the server rejected the client certificate (alert " + alert + ")"
                        : "client certificate missing: the server requires a client certificate and none is "
                                + "configured; set one with TlsConfig.fromPem(chain, key, caBundle) (alert " + alert + ")";
            }
            if (message.contains("remote host terminated the handshake")) {
                // What a JDK server does under TLS 1.2 when a required client certificate is missing.
                return options.tls().hasClientCertificate()
                        ? "the server ended the handshake: it may have refused the client certificate, or it "
                                + "shares no protocol or cipher suite with this client"
                        : "the server ended the handshake: the server may require a client certificate, and none "
                                + "is configured (set one with TlsConfig.fromPem(chain, key, caBundle))";
            }
        }
        return ssl ? describe(failure) : null;
    }

    private static boolean isValidity(CertPathValidatorException validator) {
        return validator.getReason() == CertPathValidatorException.BasicReason.EXPIRED
                || validator.getReason() == CertPathValidatorException.BasicReason.NOT_YET_VALID;
    }

    private static String alert(String message) {
        int at = message.indexOf("received fatal alert: ");
        return at < 0 ? null : message.substring(at + "received fatal alert: ".length()).trim();
    }

    private static boolean isClosedBeforeResponse(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = lower(t.getMessage());
            if (t instanceof EOFException || message.contains("header parser received no bytes")
                    || message.contains("connection reset") || message.contains("broken pipe")
                    || message.contains("connection closed") || message.contains("closed locally")) {
                return true;
            }
        }
        return false;
    }

    private static String clientCertificateHint(URI uri, HttpClientOptions options) {
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            return "";
        }
        return options.tls().hasClientCertificate()
                ? "; over TLS 1.3 this is also how a server refuses a client certificate it does not trust"
                : "; the server may require a client certificate: over TLS 1.3 a server rejects a missing one "
                        + "this way (configure one with TlsConfig.fromPem(chain, key, caBundle))";
    }

    private static String describe(Throwable failure) {
        return failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    }

    private static String lower(String message) {
        return message == null ? "" : message.toLowerCase(Locale.ROOT);
    }
}
