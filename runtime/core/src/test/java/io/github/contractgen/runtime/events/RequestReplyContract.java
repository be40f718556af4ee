package io.github.contractgen.runtime.events;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contractgen.runtime.TransportException;
import io.github.contractgen.runtime.observe.CallKind;
import io.github.contractgen.runtime.observe.Observer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Request/reply through {@link EventClient}, run against each transport that carries headers (in
 * memory, a real Kafka, a real MQTT broker): it is built on send and subscribe alone, so it must behave
 * the same on all of them. The replying side is an {@link EventClient} on the same transport, as a
 * generated replying side would be.
 */
public abstract class RequestReplyContract {

    /** Far above any reply time on a loaded machine: only a missing reply reaches it. */
    private static final Duration PATIENT = Duration.ofSeconds(90);

    /** A transport shared by the tests of a class; the tests never close it. */
    protected abstract EventTransport transport();

    /** A transport of its own, which the test closes. */
    protected abstract EventTransport newTransport();

    protected String separator() {
        return "/";
    }

    protected String address(String... levels) {
        return "r" + UUID.randomUUID().toString().substring(0, 8) + separator() + String.join(separator(), levels);
    }

    /** Answers every request on {@code address} with its payload in upper case, as {@code operation}. */
    private static Subscription uppercaser(EventClient responder, String address, RequestSpec spec) {
        SubscriptionSpec subscription = SubscriptionSpec.of(address, "responder-" + UUID.randomUUID());
        return responder.subscribe("answer", subscription, request -> {
            byte[] upper = new String(request.payload(), UTF_8).toUpperCase().getBytes(UTF_8);
            responder.reply("answer", spec.replyAddress(), request,
                    new OutgoingMessage(spec.replyAddressHeader() == null ? spec.replyAddress() : "", null,
                            Map.of("x-answered-by", "uppercaser"), upper, "text/plain", Map.of()), spec).join();
        });
    }

    @Test
    void aRequestGetsTheReplyWithItsCorrelationIdOnAFixedReplyAddress() throws Exception {
        String requests = address("ping");
        RequestSpec spec = RequestSpec.of(address("pong"), PATIENT);
        RecordingObserver observer = new RecordingObserver();
        EventClient requester = new EventClient(transport(), observer, "Pinger");
        EventClient responder = new EventClient(transport(), Observer.NOOP, "Ponger");
        try (Subscription ignored = uppercaser(responder, requests, spec)) {
            IncomingMessage reply = requester.request("ping", requests,
                    OutgoingMessage.of(requests, "hello".getBytes(UTF_8), "text/plain"), spec).get(120, TimeUnit.SECONDS);

            assertThat(new String(reply.payload(), UTF_8)).isEqualTo("HELLO");
            assertThat(reply.address()).isEqualTo(spec.replyAddress());
            assertThat(reply.headers()).containsKey("correlationId").containsEntry("x-answered-by", "uppercaser");
            RecordingObserver.Call call = Awaits.next(observer.ended, "the end of the request");
            assertThat(call.info.kind()).isEqualTo(CallKind.MESSAGE_SEND);
            assertThat(call.info.method()).isEqualTo("REQUEST");
            assertThat(call.info.operation()).isEqualTo("ping");
            assertThat(call.result.succeeded()).isTrue();
            assertThat(call.result.requestBytes()).isEqualTo(5);
            assertThat(call.result.responseBytes()).isEqualTo(5);
        }
    }

    @Test
    void theReplyGoesToTheAddressTheRequestNamesInItsReplyToHeader() throws Exception {
        String requests = address("ping");
        EventClient requester = new EventClient(transport(), Observer.NOOP, "Pinger");
        EventClient responder = new EventClient(transport(), Observer.NOOP, "Ponger");
        RequestSpec spec = RequestSpec.of(requester.inbox("ping"), PATIENT).withReplyAddressHeader("replyTo")
                .withCorrelationHeaders("requestId", "inReplyTo");
        try (Subscription ignored = uppercaser(responder, requests, spec)) {
            IncomingMessage reply = requester.request("ping", requests, new OutgoingMessage(requests, null,
                    Map.of("requestId", "mine-1"), "abc".getBytes(UTF_8), "text/plain", Map.of()), spec)
                    .get(120, TimeUnit.SECONDS);

            assertThat(new String(reply.payload(), UTF_8)).isEqualTo("ABC");
            assertThat(reply.address()).isEqualTo(requester.inbox("ping"));
            assertThat(reply.headers()).containsEntry("inReplyTo", "mine-1");
        }
    }

    @Test
    void concurrentRequestsEachGetTheirOwnReply() throws Exception {
        String requests = address("ping");
        RequestSpec spec = RequestSpec.of(address("pong"), PATIENT);
        EventClient requester = new EventClient(transport(), Observer.NOOP, "Pinger");
        EventClient responder = new EventClient(transport(), Observer.NOOP, "Ponger");
        try (Subscription ignored = uppercaser(responder, requests, spec)) {
            List<CompletableFuture<IncomingMessage>> replies = new ArrayList<>();
            for (String word : List.of("one", "two", "three", "four")) {
                replies.add(requester.request("ping", requests, OutgoingMessage.of(requests, word.getBytes(UTF_8), null), spec));
            }
            List<String> answers = new ArrayList<>();
            for (CompletableFuture<IncomingMessage> reply : replies) {
                answers.add(new String(reply.get(120, TimeUnit.SECONDS).payload(), UTF_8));
            }
            assertThat(answers).containsExactly("ONE", "TWO", "THREE", "FOUR");
        }
    }

    @Test
    void oneClientWaitsOnSeveralReplyAddressesAtOnce() throws Exception {
        String requests = address("ping");
        RequestSpec first = RequestSpec.of(address("pong"), PATIENT);
        RequestSpec second = RequestSpec.of(address("pong"), PATIENT);
        EventClient requester = new EventClient(transport(), Observer.NOOP, "Pinger");
        EventClient responder = new EventClient(transport(), Observer.NOOP, "Ponger");
        String otherRequests = address("ping");
        try (Subscription one = uppercaser(responder, requests, first);
                Subscription two = uppercaser(responder, otherRequests, second)) {
            CompletableFuture<IncomingMessage> a = requester.request("ping", requests,
                    OutgoingMessage.of(requests, "a".getBytes(UTF_8), null), first);
            CompletableFuture<IncomingMessage> b = requester.request("ping", otherRequests,
                    OutgoingMessage.of(otherRequests, "b".getBytes(UTF_8), null), second);

            assertThat(new String(a.get(120, TimeUnit.SECONDS).payload(), UTF_8)).isEqualTo("A");
            assertThat(new String(b.get(120, TimeUnit.SECONDS).payload(), UTF_8)).isEqualTo("B");
        }
    }

    @Test
    void aRequestWithoutReplyFailsWithinItsTimeoutNamingTheOperation() {
        String requests = address("void");
        RecordingObserver observer = new RecordingObserver();
        EventClient requester = new EventClient(transport(), observer, "Pinger");
        RequestSpec spec = RequestSpec.of(address("silence"), Duration.ofMillis(300));

        CompletableFuture<IncomingMessage> reply = requester.request("askTheVoid", requests,
                OutgoingMessage.of(requests, new byte[] {1}, null), spec);

        assertThatThrownBy(() -> reply.get(120, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(ReplyTimeoutException.class)
                .hasMessageContaining("operation 'askTheVoid'").hasMessageContaining(spec.replyAddress());
        assertThat(observer.ended).singleElement().satisfies(call ->
                assertThat(call.result.error()).isInstanceOf(ReplyTimeoutException.class));
    }

    @Test
    void closingTheClientFailsTheRequestsStillWaiting() {
        String requests = address("ping");
        EventClient requester = new EventClient(newTransport(), Observer.NOOP, "Pinger");
        CompletableFuture<IncomingMessage> reply = requester.request("ping", requests,
                OutgoingMessage.of(requests, new byte[] {1}, null), RequestSpec.of(address("pong"), PATIENT));

        requester.close();

        assertThatThrownBy(() -> reply.get(120, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(TransportException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> requester.request("ping", requests, OutgoingMessage.of(requests, new byte[0], null),
                RequestSpec.of(address("pong"), PATIENT)).join())
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void aReplyWithoutAnyAddressIsRefusedNamingTheOperation() {
        EventClient responder = new EventClient(transport(), Observer.NOOP, "Ponger");
        IncomingMessage request = new IncomingMessage("ping", null, Map.of(), new byte[0], null, Map.of());
        RequestSpec spec = RequestSpec.of("", PATIENT).withReplyAddressHeader("replyTo");

        assertThatThrownBy(() -> responder.reply("answer", "", request, OutgoingMessage.of("", new byte[0], null), spec))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("operation 'answer'").hasMessageContaining("'replyTo'");
    }
}
