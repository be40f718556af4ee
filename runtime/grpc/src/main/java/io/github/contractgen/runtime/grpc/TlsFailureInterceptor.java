package io.github.contractgen.runtime.grpc;

import io.github.contractgen.runtime.TlsFailures;
import io.github.contractgen.runtime.TlsHandshakeException;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.ForwardingClientCallListener.SimpleForwardingClientCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;

/**
 * Names the TLS failure behind a call that could not connect: grpc-java reports it as
 * {@code UNAVAILABLE: io exception} with the {@code SSLHandshakeException} as the cause; this turns the
 * status description into the reason {@link TlsFailures} finds (expired, hostname mismatch, untrusted,
 * client certificate required or refused) and makes the {@link TlsHandshakeException} its cause. The
 * code stays {@code UNAVAILABLE}, so that retry and error handling by code are unchanged.
 */
final class TlsFailureInterceptor implements ClientInterceptor {

    private final String target;
    private final String host;
    private final boolean clientCertificate;

    TlsFailureInterceptor(String target, boolean clientCertificate) {
        this.target = target;
        this.host = host(target);
        this.clientCertificate = clientCertificate;
    }

    @Override
    public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions callOptions, Channel next) {
        return new SimpleForwardingClientCall<>(next.newCall(method, callOptions)) {
            @Override
            public void start(Listener<R> listener, Metadata headers) {
                super.start(new SimpleForwardingClientCallListener<>(listener) {
                    @Override
                    public void onClose(Status status, Metadata trailers) {
                        super.onClose(classified(status), trailers);
                    }
                }, headers);
            }
        };
    }

    Status classified(Status status) {
        if (status.getCode() != Status.Code.UNAVAILABLE || status.getCause() == null) {
            return status;
        }
        TlsHandshakeException tls = TlsFailures.classify("cannot connect to " + target, status.getCause(), host,
                clientCertificate);
        return tls == null ? status : status.withDescription(tls.getMessage()).withCause(tls);
    }

    /** The host of {@code host:port}, {@code [::1]:port} or {@code dns:///host:port}, for the message. */
    static String host(String target) {
        String authority = target.contains(":///") ? target.substring(target.indexOf(":///") + 4) : target;
        if (authority.startsWith("[")) {
            return authority.substring(1, Math.max(1, authority.indexOf(']')));
        }
        int colon = authority.lastIndexOf(':');
        return colon < 0 ? authority : authority.substring(0, colon);
    }
}
