package io.github.contractgen.runtime.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A misbehaving HTTP/1.1 server on 127.0.0.1, written on a raw socket so that it can do what a proper
 * server never does: break off a body, reset the connection, stream without end.
 *
 * <p>Each connection's request head is read, then {@code script} answers however it likes. Write
 * failures (the client hung up) end the connection quietly: that is the client doing its job.
 */
final class RawServer implements AutoCloseable {

    /** What the server does on one connection once the request head has been read. */
    interface Script {
        void answer(Socket socket, OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket listener;
    private final Thread acceptor;
    private final AtomicInteger connections = new AtomicInteger();

    RawServer(Script script) throws IOException {
        listener = new ServerSocket(0, 16, InetAddress.getByName("127.0.0.1"));
        acceptor = new Thread(() -> acceptLoop(script), "raw-server-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    /** How many connections were accepted so far. */
    int connections() {
        return connections.get();
    }

    private void acceptLoop(Script script) {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                connections.incrementAndGet();
                Thread worker = new Thread(() -> serve(socket, script), "raw-connection");
                worker.setDaemon(true);
                worker.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void serve(Socket socket, Script script) {
        try (socket) {
            readHead(socket.getInputStream());
            script.answer(socket, socket.getOutputStream());
        } catch (IOException clientHungUp) {
            // The client closing or resetting its end is what several tests wait for.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void readHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("request head incomplete");
            }
            matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
        }
    }

    static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
