package io.github.contractgen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.contractgen.runtime.TransportException;
import io.github.contractgen.testsupport.faults.HostileServer;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The requests that reach the server are the attempts the client counts and reports: java.net.http's
 * own silent repeat of a GET whose connection closed unanswered is not sent.
 */
class RequestsAreAttemptsTest {

    @Test
    void aServerThatClosesBeforeAnsweringSeesExactlyMaxAttemptsRequestsSync() throws Exception {
        try (HostileServer server = HostileServer.start(HostileServer.closeBeforeResponse());
                RestClientCore core = Calls.core(server.baseUri(), o -> o.observer(new RecordingObserver()))) {
            RecordingObserver observer = (RecordingObserver) core.options().observer();

            Throwable error = catchThrowable(() -> core.call(Calls.getText("/r")));

            assertClosedBeforeResponding(error);
            assertThat(server.requests()).isEqualTo(3); // Calls.core allows three attempts
            assertThat(observer.attempts).hasSize(3);
            assertThat(observer.ends.get(0).attempts()).isEqualTo(3);
        }
    }

    @Test
    void aServerThatClosesBeforeAnsweringSeesExactlyMaxAttemptsRequestsAsync() throws Exception {
        try (HostileServer server = HostileServer.start(HostileServer.closeBeforeResponse());
                RestClientCore core = Calls.core(server.baseUri(), o -> o.observer(new RecordingObserver()))) {
            RecordingObserver observer = (RecordingObserver) core.options().observer();

            Throwable error = catchThrowable(() -> core.callAsync(Calls.getText("/r")).orTimeout(30, TimeUnit.SECONDS).join());

            assertThat(error).isInstanceOf(CompletionException.class);
            assertClosedBeforeResponding(error.getCause());
            assertThat(server.requests()).isEqualTo(3);
            assertThat(observer.attempts).hasSize(3);
            assertThat(observer.ends.get(0).attempts()).isEqualTo(3);
        }
    }

    @Test
    void aCloseOnTheFirstRequestIsRetriedByThePolicyAndCountedAsAnAttempt() throws Exception {
        try (HostileServer server = HostileServer.start(HostileServer.closeBeforeResponse(), HostileServer.respond(
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok"));
                RestClientCore core = Calls.core(server.baseUri(), o -> o.observer(new RecordingObserver()))) {
            RecordingObserver observer = (RecordingObserver) core.options().observer();

            assertThat(core.call(Calls.getText("/r"))).isEqualTo("ok");

            assertThat(server.requests()).isEqualTo(2);
            assertThat(observer.events).containsExactly("start getText", "inject", "attempt 1 -1", "inject",
                    "attempt 2 200", "end 200 after 2");
        }
    }

    private static void assertClosedBeforeResponding(Throwable error) {
        assertThat(error).isExactlyInstanceOf(TransportException.class)
                .hasMessageContaining("the server closed the connection before responding");
    }
}
