package io.github.contractgen.runtime.http;

import io.github.contractgen.runtime.CallTimeoutException;
import io.github.contractgen.runtime.TlsFailures;
import io.github.contractgen.runtime.TlsHandshakeException;
import io.github.contractgen.runtime.TransportException;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Locale;

/**
 * Turns what {@code java.net.http} throws into a {@link TransportException} whose message says what
 * went wrong in words that point to the fix.
 *
 * <p>TLS failures in particular arrive as a generic {@code SSLHandshakeException}; {@link TlsFailures}
 * names the real reason, as for every other transport. Under TLS 1.3 a server that requires a client
 * certificate rejects its absence after the handshake, so the client only sees the connection close
 * ("header parser received no bytes"): without a client certificate configured, that is named as a
 * client certificate required. Messages hold the operation id, method and URI without query, never credentials.
 */
final class Failures {

    private static final String CLIENT_CERTIFICATE_HINT = "; over TLS 1.3 this is also how a server refuses a "
            + "client certificate it does not trust";

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
        TlsHandshakeException tls = TlsFailures.classify(operationId, failure, safeUri.getHost(),
                options.tls().hasClientCertificate());
        if (tls != null) {
            return new TlsHandshakeException(tls.getMessage() + where, tls.reason(), failure);
        }
        if (failure instanceof ConnectException) {
            return new TransportException(operationId + ": cannot connect to " + safeUri.getAuthority()
                    + ": connection refused or unreachable" + where, failure);
        }
        if (isClosedBeforeResponse(failure)) {
            boolean https = "https".equalsIgnoreCase(safeUri.getScheme());
            TlsHandshakeException certificateRequired = https
                    ? TlsFailures.closedAfterHandshake(operationId, failure, options.tls().hasClientCertificate())
                    : null;
            if (certificateRequired != null) {
                return new TlsHandshakeException(certificateRequired.getMessage() + where,
                        certificateRequired.reason(), failure);
            }
            return new TransportException(operationId + ": the server closed the connection before responding"
                    + (https ? CLIENT_CERTIFICATE_HINT : "") + where, failure);
        }
        return new TransportException(operationId + ": " + (failure instanceof IOException ? "I/O error: " : "failed: ")
                + describe(failure) + where, failure);
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

    private static String describe(Throwable failure) {
        return failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    }

    private static String lower(String message) {
        return message == null ? "" : message.toLowerCase(Locale.ROOT);
    }
}
