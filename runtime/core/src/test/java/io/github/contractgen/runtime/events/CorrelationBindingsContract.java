package io.github.contractgen.runtime.events;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.runtime.observe.Observer;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Request/reply with a peer that uses only the correlation and reply address bindings (on MQTT 5:
 * Correlation Data and Response Topic), never contractgen's headers. Run against the transports that
 * carry bindings (in memory, MQTT 5); Kafka has no such fields.
 */
public abstract class CorrelationBindingsContract {

    private static final Duration PATIENT = Duration.ofSeconds(90);

    /** A transport shared by the tests of a class; the tests never close it. */
    protected abstract EventTransport transport();

    protected String address(String... levels) {
        return "c" + UUID.randomUUID().toString().substring(0, 8) + "/" + String.join("/", levels);
    }

    @Test
    void requestCarriesTheBindingsAndAReplyWithOnlyTheCorrelationBindingIsMatched() throws Exception {
        String requests = address("ping");
        RequestSpec spec = RequestSpec.of(address("pong"), PATIENT);
        LinkedBlockingQueue<IncomingMessage> seen = new LinkedBlockingQueue<>();
        EventClient requester = new EventClient(transport(), Observer.NOOP, "Pinger");
        try (Subscription ignored = transport().subscribe(SubscriptionSpec.of(requests, "native-responder"), request -> {
            seen.add(request);
            String id = request.bindings().get(RequestSpec.CORRELATION_ID_BINDING);
            transport().send(new OutgoingMessage(request.bindings().get(RequestSpec.REPLY_ADDRESS_BINDING), null,
                    Map.of(), "PONG".getBytes(UTF_8), null, Map.of(RequestSpec.CORRELATION_ID_BINDING, id))).join();
        })) {
            IncomingMessage reply = requester.request("ping", requests,
                    OutgoingMessage.of(requests, "ping".getBytes(UTF_8), "text/plain"), spec).get(120, TimeUnit.SECONDS);

            IncomingMessage request = Awaits.next(seen, "the request at the native responder");
            assertThat(request.bindings())
                    .containsEntry(RequestSpec.CORRELATION_ID_BINDING, request.headers().get("correlationId"))
                    .containsEntry(RequestSpec.REPLY_ADDRESS_BINDING, spec.replyAddress());
            assertThat(new String(reply.payload(), UTF_8)).isEqualTo("PONG");
            assertThat(reply.headers()).doesNotContainKey("correlationId");
        }
    }

    @Test
    void aRequestWithOnlyTheBindingsIsAnsweredAtItsReplyAddressWithItsCorrelationId() throws Exception {
        String requests = address("ping");
        String inbox = address("native-inbox");
        RequestSpec spec = RequestSpec.of(address("unused"), PATIENT).withCorrelationHeaders("requestId", "inReplyTo");
        EventClient responder = new EventClient(transport(), Observer.NOOP, "Ponger");
        LinkedBlockingQueue<IncomingMessage> replies = new LinkedBlockingQueue<>();
        try (Subscription answering = responder.subscribe("answer", SubscriptionSpec.of(requests, "responder"),
                request -> responder.reply("answer", "{inbox}", request,
                        OutgoingMessage.of("", "PONG".getBytes(UTF_8), null), spec).join());
                Subscription inboxes = transport().subscribe(SubscriptionSpec.of(inbox, null), replies::add)) {
            transport().send(new OutgoingMessage(requests, null, Map.of(), "ping".getBytes(UTF_8), null,
                    Map.of(RequestSpec.CORRELATION_ID_BINDING, "native-7", RequestSpec.REPLY_ADDRESS_BINDING, inbox)))
                    .get(90, TimeUnit.SECONDS);

            IncomingMessage reply = Awaits.next(replies, "the reply at the native requester's inbox");
            assertThat(new String(reply.payload(), UTF_8)).isEqualTo("PONG");
            assertThat(reply.bindings()).containsEntry(RequestSpec.CORRELATION_ID_BINDING, "native-7");
            assertThat(reply.headers()).containsEntry("inReplyTo", "native-7");
        }
    }
}
