package io.github.contractgen.benchmarks.http;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A minimal HTTP/1.1 server on 127.0.0.1 that answers every request with a fixed {@code Pet}: 201 to a
 * POST, 200 to anything else, keeping connections alive.
 *
 * <p>Deliberately not {@code com.sun.net.httpserver}: that server's own work per request (header maps,
 * a dispatcher thread handing each exchange to an executor, about as much allocation as the client
 * makes) was most of what the benchmark measured, diluting the difference between the two clients, and
 * it sends headers and body in separate segments (with Nagle's algorithm on, each call then waits for
 * a delayed ACK: 40 ms). Here one thread per connection reads the request head and the body its
 * {@code Content-Length} announces, and writes the response in one write with {@code TCP_NODELAY}.
 * Plain HTTP, because TLS would dominate a loopback call. Both clients of a benchmark talk to the same
 * server, so its share is the same on both sides.
 */
public final class LoopbackServer implements AutoCloseable {

    /** A {@code Pet} as the contract describes it, with every kind of property filled in. */
    static final byte[] PET = ("{\"id\":42,\"registeredAt\":\"2024-05-01T10:15:30Z\",\"nickname\":null,"
            + "\"name\":\"Rex\",\"status\":\"available\",\"tags\":[\"dog\",\"friendly\"],"
            + "\"category\":{\"name\":\"Dogs\"},\"birthday\":\"2020-02-29\","
            + "\"attributes\":{\"colour\":\"brown\"}}").getBytes(StandardCharsets.UTF_8);

    private static final byte[] OK = response(200);
    private static final byte[] CREATED = response(201);

    private final ServerSocket listener;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final ExecutorService connections = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "loopback-server");
        thread.setDaemon(true);
        return thread;
    });

    private LoopbackServer(ServerSocket listener) {
        this.listener = listener;
        connections.execute(this::accept);
    }

    /** Starts the server on a free port. */
    public static LoopbackServer start() {
        try {
            return new LoopbackServer(new ServerSocket(0, 64, InetAddress.getByName("127.0.0.1")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the loopback server", e);
        }
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    private static byte[] response(int status) {
        String head = "HTTP/1.1 " + status + (status == 201 ? " Created" : " OK") + "\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + PET.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[headBytes.length + PET.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(PET, 0, all, headBytes.length, PET.length);
        return all;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                socket.setTcpNoDelay(true);
                open.add(socket);
                connections.execute(() -> serve(socket));
            } catch (IOException e) {
                return; // closed: the benchmark is over
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream());
                OutputStream out = socket.getOutputStream()) {
            ByteArrayOutputStream line = new ByteArrayOutputStream(128);
            while (true) {
                String requestLine = readLine(in, line);
                if (requestLine == null) {
                    return; // the client closed the connection
                }
                long length = 0;
                for (String header = readLine(in, line); header != null && !header.isEmpty(); header = readLine(in, line)) {
                    if (header.regionMatches(true, 0, "content-length:", 0, 15)) {
                        length = Long.parseLong(header.substring(15).trim());
                    }
                }
                in.skipNBytes(length);
                out.write(requestLine.toUpperCase(Locale.ROOT).startsWith("POST ") ? CREATED : OK);
                out.flush();
            }
        } catch (SocketException closed) {
            // the client or close() ended the connection
        } catch (IOException e) {
            throw new UncheckedIOException("loopback server connection failed", e);
        } finally {
            open.remove(socket);
        }
    }

    /** One line without its CRLF, or null at the end of the stream. */
    private static String readLine(InputStream in, ByteArrayOutputStream line) throws IOException {
        line.reset();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                int size = line.size();
                String text = line.toString(StandardCharsets.US_ASCII);
                return size > 0 && text.charAt(size - 1) == '\r' ? text.substring(0, size - 1) : text;
            }
            line.write(c);
        }
        return null;
    }

    @Override
    public void close() {
        try {
            listener.close();
            for (Socket socket : open) {
                socket.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        connections.shutdownNow();
    }
}
