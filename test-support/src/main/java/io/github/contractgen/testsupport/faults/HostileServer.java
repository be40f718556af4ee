package io.github.contractgen.testsupport.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A misbehaving HTTP/1.1 server on 127.0.0.1, written on a raw socket so that it can do what a proper
 * server never does: close before answering, stall its headers, drip or break off a body, stream
 * without end.
 *
 * <p>One request per connection: the server reads a request head, counts it, answers with the
 * behaviour scripted for that request (request {@code n} gets behaviour {@code n}, the last one
 * answers all later requests) and closes the connection. A connection that closes before a whole
 * request head arrived is not counted as a request. Write failures (the client hung up) end the
 * connection quietly: that is the client doing its job. {@link #close()} releases stalled behaviours.
 *
 * <pre>{@code
 * try (HostileServer server = HostileServer.start(HostileServer.closeBeforeResponse())) {
 *     ... call server.baseUri() ...
 *     assertThat(server.requests()).isEqualTo(3);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class HostileServer implements AutoCloseable {

    /** What the server does once it has read a request head. */
    @FunctionalInterface
    public interface Behaviour {
        void answer(Socket socket, OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket listener;
    private final List<Behaviour> script;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private final Set<Thread> workers = ConcurrentHashMap.newKeySet();

    private HostileServer(List<Behaviour> script) throws IOException {
        if (script.isEmpty()) {
            throw new IllegalArgumentException("the script needs at least one behaviour");
        }
        this.script = List.copyOf(script);
        this.listener = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        Thread acceptor = new Thread(this::acceptLoop, "hostile-server-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A server answering request {@code n} with {@code script[n]}, and every later one with the last. */
    public static HostileServer start(Behaviour... script) throws IOException {
        return new HostileServer(List.of(script));
    }

    /** Closes the connection without a byte of response. */
    public static Behaviour closeBeforeResponse() {
        return (socket, out) -> { };
    }

    /** Sends nothing for {@code stall} (or until the server closes), then closes the connection. */
    public static Behaviour stallHeaders(Duration stall) {
        return (socket, out) -> Thread.sleep(stall.toMillis());
    }

    /** Sends {@code rawResponse} as it is (status line, headers, body), then closes. */
    public static Behaviour respond(String rawResponse) {
        return (socket, out) -> write(out, rawResponse);
    }

    /** A 200 JSON response with {@code Connection: close}. */
    public static Behaviour json(String body) {
        return respond("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body);
    }

    /** Headers declaring {@code declared} bytes, then only {@code sent} of them, then a close. */
    public static Behaviour truncatedBody(int declared, String sent) {
        return (socket, out) -> {
            write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + declared + "\r\n\r\n"
                    + sent);
            // Let the client take in the head before the close: when head, body and end of stream are read
            // in one go, java.net.http sometimes reports "closed before responding" (seen on a loaded machine).
            Thread.sleep(500);
        };
    }

    /** Headers declaring a body of {@code declared} bytes, then one space every {@code interval}, forever. */
    public static Behaviour dripBody(int declared, Duration interval) {
        return (socket, out) -> {
            write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + declared + "\r\n\r\n");
            for (int i = 0; i < declared - 1; i++) { // never the whole body
                write(out, " ");
                Thread.sleep(interval.toMillis());
            }
            Thread.sleep(Long.MAX_VALUE); // until the server closes
        };
    }

    /** The base URI, {@code http://127.0.0.1:<port>}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    /** How many connections were accepted so far. */
    public int connections() {
        return connections.get();
    }

    /** How many whole request heads were read so far: the requests that reached the server. */
    public int requests() {
        return requests.get();
    }

    /** Writes {@code text} as US-ASCII and flushes. */
    public static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                connections.incrementAndGet();
                Thread worker = new Thread(() -> serve(socket), "hostile-connection");
                worker.setDaemon(true);
                workers.add(worker);
                worker.start();
            } catch (IOException closedListener) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            if (!readHead(socket.getInputStream())) {
                return;
            }
            int request = requests.incrementAndGet();
            Behaviour behaviour = script.get(Math.min(request, script.size()) - 1);
            behaviour.answer(socket, socket.getOutputStream());
        } catch (IOException clientHungUp) {
            // The client closing or resetting its end is what several tests wait for.
        } catch (InterruptedException serverClosed) {
            Thread.currentThread().interrupt();
        } finally {
            workers.remove(Thread.currentThread());
        }
    }

    /** Reads up to the blank line ending a request head; false when the connection ended first. */
    private static boolean readHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                return false;
            }
            matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        listener.close();
        workers.forEach(Thread::interrupt);
    }
}
