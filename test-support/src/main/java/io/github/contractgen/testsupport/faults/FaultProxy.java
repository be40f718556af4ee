package io.github.contractgen.testsupport.faults;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on 127.0.0.1 that forwards to one target and misbehaves on demand, for tests of what a
 * client does when the network between it and a healthy server fails: any TCP protocol goes through
 * (HTTP/1.1, gRPC's HTTP/2, TLS, Kafka, MQTT), since the proxy only moves bytes.
 *
 * <p>How new connections are treated is its {@linkplain Mode mode}; on the connections it forwards, a
 * {@linkplain #latency(Duration) latency} delays every chunk in both directions and a
 * {@linkplain #cutAfter(long) cut} closes the connection once that many bytes came back from the target.
 * Settings may change at any time: the latency applies from the next chunk, the mode and the cut from the
 * next connection. Thread-safe.
 *
 * <pre>{@code
 * try (FaultProxy proxy = FaultProxy.to("127.0.0.1", server.port())) {
 *     Client client = Client.builder().baseUri("http://" + proxy.address()).build();
 *     proxy.cutAfter(200);          // every response breaks off after 200 bytes
 *     assertThatThrownBy(() -> client.get()) ...;
 *     proxy.mode(Mode.BLACKHOLE);   // connections open, requests vanish: only a timeout ends the call
 *     assertThat(proxy.connections()).isEqualTo(2);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class FaultProxy implements AutoCloseable {

    /** What the proxy does with a new connection. */
    public enum Mode {
        /** Forward it to the target (subject to latency and cut). */
        PASS_THROUGH,
        /** Accept it and close it at once, before reading anything: a server that hangs up. */
        REFUSE,
        /** Accept it and read everything, forwarding nothing and answering nothing: a dead peer. */
        BLACKHOLE
    }

    private static final int CHUNK = 8192;
    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;

    private final InetSocketAddress target;
    private final ServerSocket listener;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fault-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile Mode mode = Mode.PASS_THROUGH;
    private volatile long latencyNanos;
    private volatile long cutAfterBytes = Long.MAX_VALUE;

    private FaultProxy(InetSocketAddress target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::acceptLoop);
    }

    /** A proxy to {@code host:port}, passing everything through until told otherwise. */
    public static FaultProxy to(String host, int port) throws IOException {
        return new FaultProxy(new InetSocketAddress(Objects.requireNonNull(host, "host"), port));
    }

    /** The port the proxy listens on, on 127.0.0.1. */
    public int port() {
        return listener.getLocalPort();
    }

    /** {@code 127.0.0.1:port}, the address clients use instead of the target's. */
    public String address() {
        return "127.0.0.1:" + port();
    }

    /** How new connections are treated from now on; connections already forwarded go on. */
    public FaultProxy mode(Mode mode) {
        this.mode = Objects.requireNonNull(mode, "mode");
        return this;
    }

    /** Forward everything again, without latency or cut. */
    public FaultProxy passThrough() {
        mode = Mode.PASS_THROUGH;
        latencyNanos = 0;
        cutAfterBytes = Long.MAX_VALUE;
        return this;
    }

    /** Delays every chunk forwarded, in either direction, by {@code latency} (zero for none). */
    public FaultProxy latency(Duration latency) {
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative, was " + latency);
        }
        this.latencyNanos = latency.toNanos();
        return this;
    }

    /**
     * Closes each forwarded connection, both sides, once {@code bytes} bytes came back from the target on
     * it: the client receives exactly that many bytes of the answer, then the connection ends.
     */
    public FaultProxy cutAfter(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes must not be negative, was " + bytes);
        }
        this.cutAfterBytes = bytes;
        return this;
    }

    /** Closes every connection open now, both sides; new connections are treated by the mode. */
    public void dropConnections() {
        for (Socket socket : open) {
            closeQuietly(socket);
        }
    }

    /** How many connections the proxy has accepted, whatever it did with them. */
    public int connections() {
        return connections.get();
    }

    /** Stops listening and closes every connection. */
    @Override
    public void close() {
        closeQuietly(listener);
        dropConnections();
        threads.shutdownNow();
        try {
            threads.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return; // closed
            }
            connections.incrementAndGet();
            open.add(client);
            Mode current = mode;
            if (!start(() -> serve(client, current))) {
                closeQuietly(client);
            }
        }
    }

    private void serve(Socket client, Mode current) {
        switch (current) {
            case REFUSE -> closeQuietly(client);
            case BLACKHOLE -> pump(client, null, Long.MAX_VALUE);
            case PASS_THROUGH -> forward(client);
        }
    }

    private void forward(Socket client) {
        Socket server = new Socket();
        open.add(server);
        try {
            server.connect(target, CONNECT_TIMEOUT_MILLIS);
        } catch (IOException e) {
            closeBoth(client, server);
            return;
        }
        if (!start(() -> pump(client, server, Long.MAX_VALUE))) {
            closeBoth(client, server);
            return;
        }
        pump(server, client, cutAfterBytes);
    }

    /** Runs {@code task} on a thread of its own; false when the proxy is closing and runs nothing more. */
    private boolean start(Runnable task) {
        try {
            threads.execute(task);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /**
     * Copies {@code from} to {@code to} (nowhere when null) until either closes or {@code limit} bytes
     * went through, then closes both. The limit is read once: a cut applies to connections made after it.
     */
    private void pump(Socket from, Socket to, long limit) {
        byte[] buffer = new byte[CHUNK];
        long copied = 0;
        try (InputStream in = from.getInputStream()) {
            OutputStream out = to == null ? OutputStream.nullOutputStream() : to.getOutputStream();
            int read;
            while (copied < limit && (read = in.read(buffer)) >= 0) {
                int length = (int) Math.min(read, limit - copied);
                delay();
                out.write(buffer, 0, length);
                out.flush();
                copied += length;
            }
        } catch (IOException e) {
            // A peer reset it, or the other pump, dropConnections or close() closed it: the connection is over.
        } finally {
            closeBoth(from, to);
        }
    }

    private void delay() {
        long nanos = latencyNanos;
        if (nanos > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(nanos);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void closeBoth(Socket one, Socket other) {
        closeQuietly(one);
        if (other != null) {
            closeQuietly(other);
        }
    }

    private void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // Closing a socket or listener that failed: nothing is left to release.
        }
        if (closeable instanceof Socket socket) {
            open.remove(socket);
        }
    }
}
