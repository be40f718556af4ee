package io.github.contractgen.runtime.grpc;

import io.github.contractgen.testsupport.faults.FaultSwitch;
import io.grpc.MethodDescriptor;
import io.grpc.MethodDescriptor.MethodType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Hand-written method descriptors of a test service with UTF-8 string messages: no protoc needed. */
final class Echo {

    static final String SERVICE = "test.Echo";

    static final MethodDescriptor.Marshaller<String> STRING = new MethodDescriptor.Marshaller<>() {
        @Override
        public InputStream stream(String value) {
            return new ByteArrayInputStream(value.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String parse(InputStream stream) {
            try {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    /** "x" → "echo:x"; "fail:<detail>" → NOT_FOUND with an x-detail trailer; "hang" → no answer. */
    static final MethodDescriptor<String, String> UNARY = method(MethodType.UNARY, "Unary", false);
    /** "n" → the messages "0" to "n-1", written with back pressure. */
    static final MethodDescriptor<String, String> COUNT = method(MethodType.SERVER_STREAMING, "Count", false);
    /** Every request, joined with ",". */
    static final MethodDescriptor<String, String> JOIN = method(MethodType.CLIENT_STREAMING, "Join", false);
    /** "x" → "re:x" for each request. */
    static final MethodDescriptor<String, String> CHAT = method(MethodType.BIDI_STREAMING, "Chat", false);
    /** Idempotent; UNAVAILABLE for the first two calls with a given request, then "ok:" + request. */
    static final MethodDescriptor<String, String> FLAKY = method(MethodType.UNARY, "Flaky", true);
    /** Not idempotent; always UNAVAILABLE. */
    static final MethodDescriptor<String, String> UNSAFE = method(MethodType.UNARY, "Unsafe", false);

    /** Idempotent; waits the milliseconds the request names, then answers UNAVAILABLE, every time. */
    static final MethodDescriptor<String, String> SLOW_UNAVAILABLE = method(MethodType.UNARY, "SlowUnavailable", true);

    private Echo() {}

    /**
     * {@code method} as a client sees it whose response parser calls {@code parser.hit()} first: the
     * seam for a decoder that throws.
     */
    static MethodDescriptor<String, String> parsedThrough(MethodDescriptor<String, String> method, FaultSwitch parser) {
        return method.toBuilder(STRING, new MethodDescriptor.Marshaller<String>() {
            @Override
            public InputStream stream(String value) {
                return STRING.stream(value);
            }

            @Override
            public String parse(InputStream stream) {
                parser.hit();
                return STRING.parse(stream);
            }
        }).build();
    }

    private static MethodDescriptor<String, String> method(MethodType type, String name, boolean idempotent) {
        return MethodDescriptor.<String, String>newBuilder()
                .setType(type)
                .setFullMethodName(MethodDescriptor.generateFullMethodName(SERVICE, name))
                .setRequestMarshaller(STRING)
                .setResponseMarshaller(STRING)
                .setIdempotent(idempotent)
                .build();
    }
}
