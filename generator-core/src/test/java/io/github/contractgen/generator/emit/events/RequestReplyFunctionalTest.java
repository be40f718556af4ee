package io.github.contractgen.generator.emit.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.generator.reader.asyncapi.AsyncApiFixtures;
import io.github.contractgen.generator.testing.InMemoryCompiler;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Runs both generated sides of the request/reply contract over the in-memory transport: a request
 * answered on the reply channel the contract fixes (with the request's parameter filled in), one
 * answered where the request's {@code replyTo} header says (with the contract's correlation headers),
 * and one that nobody answers (on a transport of its own) and that fails with its timeout, naming the operation.
 */
class RequestReplyFunctionalTest {

    private static final String DRIVER = """
            package demo;

            import demo.requests30.Requests30Events;
            import demo.requests30.model.Ping;
            import demo.requests30.model.Pong;
            import demo.requests30.model.Status;
            import demo.requests30.model.StatusRequest;
            import io.github.contractgen.runtime.events.InMemoryTransport;
            import io.github.contractgen.runtime.events.ReplyTimeoutException;
            import java.time.Duration;
            import java.util.ArrayList;
            import java.util.List;
            import java.util.Map;
            import java.util.concurrent.Callable;

            public final class Driver implements Callable<List<String>> {
                @Override
                public List<String> call() throws Exception {
                    List<String> seen = new ArrayList<>();
                    InMemoryTransport broker = InMemoryTransport.create();
                    try (Requests30Events alone = Requests30Events.builder().build();
                            Requests30Events app = Requests30Events.builder().transport(broker)
                                    .requestTimeout(Duration.ofSeconds(90)).build()) {
                        app.onStatusRequest((lightId, request, headers) ->
                                new Status(lightId, true, Boolean.TRUE.equals(request.verbose()) ? 310L : null));
                        app.onPing((ping, headers) -> new Pong(ping.text().toUpperCase() + " id=" + headers.get("requestId")
                                + " replyTo=" + headers.get("replyTo").startsWith("replies.")));
                        Status status = app.statusRequest().request("light-7", new StatusRequest(true));
                        seen.add(status.lightId() + " " + status.on() + " " + status.lumens());
                        Pong pong = app.ping().requestAsync(new Ping("hello"), Map.of("requestId", "r-1"),
                                Duration.ofSeconds(90)).get();
                        seen.add(pong.text());
                        try {
                            alone.statusRequest().request("light-8", new StatusRequest(false), null, Duration.ofMillis(200));
                            seen.add("answered?");
                        } catch (ReplyTimeoutException e) {
                            seen.add(e.getMessage().replaceAll("correlation id [-0-9a-f]+", "correlation id *"));
                        }
                    }
                    return seen;
                }
            }
            """;

    @Test
    void bothSidesOfARequestReplyOperationTalkOverTheInMemoryTransport() throws Exception {
        InMemoryCompiler.Compilation compiled = InMemoryCompiler.compile(
                GeneratedEvents.emit(AsyncApiFixtures.read("requests-3.0.yaml"), "demo"),
                Map.of("demo/Driver.java", DRIVER)).requireSuccess();

        @SuppressWarnings("unchecked")
        Callable<List<String>> driver = (Callable<List<String>>) compiled.load("demo.Driver")
                .getDeclaredConstructor().newInstance();

        assertThat(driver.call()).containsExactly(
                "light-7 true 310",
                "HELLO id=r-1 replyTo=true",
                "operation 'receiveStatusRequest': no reply on 'lights/light-8/status/reply' within PT0.2S"
                        + " (correlation id *)");
    }
}
