package io.github.contractgen.generator.emit.grpc;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A TCP proxy on 127.0.0.1 in front of a plaintext gRPC server that reads the HTTP/2 frames clients
 * send and counts grpc-java's keep-alive pings: PING frames without ACK whose payload is its
 * {@code USER_PING_PAYLOAD} (1111), as opposed to the flow-control pings (1234) that follow received
 * data. Bytes pass through unchanged; each test client gets a proxy of its own.
 */
final class PingCountingProxy implements AutoCloseable {

    private static final int PREFACE_LENGTH = 24;
    private static final int PING = 0x6;
    private static final long KEEP_ALIVE_PAYLOAD = 1111;

    private final ServerSocket listener;
    private final InetSocketAddress upstream;
    private final CountDownLatch keepAlivePing = new CountDownLatch(1);
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    PingCountingProxy(int upstreamPort) throws IOException {
        this.upstream = new InetSocketAddress(InetAddress.getLoopbackAddress(), upstreamPort);
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "ping-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String target() {
        return "127.0.0.1:" + listener.getLocalPort();
    }

    /** Whether a keep-alive ping went through within {@code seconds}. */
    boolean awaitKeepAlivePing(long seconds) throws InterruptedException {
        return keepAlivePing.await(seconds, TimeUnit.SECONDS);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(upstream.getAddress(), upstream.getPort());
                sockets.add(client);
                sockets.add(server);
                start(() -> readClientFrames(client.getInputStream(), server.getOutputStream()));
                start(() -> server.getInputStream().transferTo(client.getOutputStream()));
            } catch (IOException e) {
                return; // closed: the test is over
            }
        }
    }

    /** Forwards frame by frame, so that each frame's header can be read on the way. */
    private void readClientFrames(InputStream from, OutputStream to) throws IOException {
        DataInputStream in = new DataInputStream(from);
        byte[] preface = new byte[PREFACE_LENGTH];
        in.readFully(preface);
        to.write(preface);
        byte[] header = new byte[9];
        while (true) {
            in.readFully(header);
            int length = ((header[0] & 0xff) << 16) | ((header[1] & 0xff) << 8) | (header[2] & 0xff);
            byte[] payload = new byte[length];
            in.readFully(payload);
            boolean ack = (header[4] & 0x1) != 0;
            if ((header[3] & 0xff) == PING && !ack && length == 8 && payloadValue(payload) == KEEP_ALIVE_PAYLOAD) {
                keepAlivePing.countDown();
            }
            to.write(header);
            to.write(payload);
            to.flush();
        }
    }

    private static long payloadValue(byte[] payload) {
        long value = 0;
        for (byte b : payload) {
            value = (value << 8) | (b & 0xff);
        }
        return value;
    }

    private interface Pump {
        void run() throws IOException;
    }

    private void start(Pump pump) {
        Thread thread = new Thread(() -> {
            try {
                pump.run();
            } catch (IOException e) {
                // a side closed its connection (EOFException) or was closed under us: end both sides below
            }
            closeAll();
        }, "ping-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private void closeAll() {
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException e) {
                // already closing: nothing more to release
            }
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        closeAll();
    }
}
