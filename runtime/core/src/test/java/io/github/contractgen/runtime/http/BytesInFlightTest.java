package io.github.contractgen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.runtime.ResponseTooLargeException;
import io.github.contractgen.testsupport.faults.HostileServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many large bodies at once fail with the size error once they would hold more than the client's
 * {@code maxBytesInFlight}, instead of filling the heap; the bytes are given back when calls end.
 */
class BytesInFlightTest {

    private static final int MIB = 1024 * 1024;

    @Test
    void bodiesBeyondTheInFlightBoundFailWithTheSizeErrorAndTheOthersComplete() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        String body = "x".repeat(MIB);
        // Each response declares 1 MiB (the client sets aside a buffer of that size) and holds the rest of
        // the body until the test releases it, so that all four bodies are in flight at once.
        try (HostileServer server = HostileServer.start((socket, out) -> {
            HostileServer.write(out, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n"
                    + "Content-Length: " + MIB + "\r\n\r\nx");
            release.await(30, TimeUnit.SECONDS);
            HostileServer.write(out, body.substring(1));
        })) {
            HttpClientOptions options = Calls.options(server.baseUri(), o -> o.retryPolicy(RetryPolicy.none())
                    .maxResponseBytes(2L * MIB).maxBytesInFlight(2L * MIB + MIB / 2));
            BodyMemory memory = new BodyMemory(options);
            Transport transport = new Transport(options, memory);
            List<CompletableFuture<String>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(transport.callAsync(Calls.getText("/blob"), ResultShape.body()));
            }

            awaitFailures(calls, 2);
            release.countDown();

            int completed = 0;
            List<Throwable> failures = new ArrayList<>();
            for (CompletableFuture<String> call : calls) {
                try {
                    assertThat(call.get(30, TimeUnit.SECONDS)).hasSize(MIB);
                    completed++;
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            assertThat(completed).isEqualTo(2);
            assertThat(failures).hasSize(2).allSatisfy(e -> assertThat(e)
                    .isExactlyInstanceOf(ResponseTooLargeException.class)
                    .hasMessage("getText: the response bodies this client holds at once would pass the limit of "
                            + (2L * MIB + MIB / 2) + " bytes; raise it with maxBytesInFlight(long) or make fewer such "
                            + "calls at once"));
            assertThat(memory.inFlight()).isZero();
        }
    }

    /** Waits (bounded) until {@code count} of {@code calls} have failed: the refused ones fail at once. */
    private static void awaitFailures(List<CompletableFuture<String>> calls, int count) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (calls.stream().filter(CompletableFuture::isCompletedExceptionally).count() < count
                && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(calls.stream().filter(CompletableFuture::isCompletedExceptionally).count())
                .as("calls refused while the others hold their bodies").isEqualTo(count);
    }

    @Test
    void aCancelledCallGivesItsBytesBackAndWhatStillArrivesIsNotCounted() throws Exception {
        CountDownLatch cancelled = new CountDownLatch(1);
        try (HostileServer server = HostileServer.start((socket, out) -> {
            HostileServer.write(out, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n"
                    + "Content-Length: " + MIB + "\r\n\r\nx");
            cancelled.await(30, TimeUnit.SECONDS);
            HostileServer.write(out, "y".repeat(MIB - 1)); // after the cancel: must not count
        })) {
            HttpClientOptions options = Calls.options(server.baseUri(), o -> o.maxResponseBytes(2L * MIB));
            BodyMemory memory = new BodyMemory(options);
            CompletableFuture<String> call = new Transport(options, memory).callAsync(Calls.getText("/blob"),
                    ResultShape.body());
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (memory.inFlight() == 0 && System.nanoTime() < end) {
                Thread.sleep(10);
            }
            assertThat(memory.inFlight()).as("the body's buffer, set aside when its headers came").isEqualTo(MIB);

            call.cancel(true);
            cancelled.countDown();

            assertThat(memory.inFlight()).isZero();
            Thread.sleep(200); // let the rest of the body arrive, if the client still read it
            assertThat(memory.inFlight()).isZero();
        }
    }

    @Test
    void aCallAfterTheBoundWasReachedHasItsBytesBack() throws Exception {
        String body = "y".repeat(MIB);
        try (HostileServer server = HostileServer.start(HostileServer.respond("HTTP/1.1 200 OK\r\nContent-Type: "
                + "text/plain\r\nConnection: close\r\nContent-Length: " + MIB + "\r\n\r\n" + body))) {
            HttpClientOptions options = Calls.options(server.baseUri(), o -> o.maxResponseBytes(MIB).maxBytesInFlight(MIB));
            BodyMemory memory = new BodyMemory(options);
            Transport transport = new Transport(options, memory);

            for (int i = 0; i < 3; i++) { // each call needs the whole bound: it is only free if the last gave it back
                assertThat(transport.call(Calls.getText("/blob"), ResultShape.body())).hasSize(MIB);
            }
            assertThat(memory.inFlight()).isZero();
        }
    }
}
