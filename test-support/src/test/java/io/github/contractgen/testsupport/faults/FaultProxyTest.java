package io.github.contractgen.testsupport.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each mode and setting of the proxy, with a TCP echo server on 127.0.0.1 behind it. */
class FaultProxyTest {

    private static final int WAIT_MILLIS = 20_000; // only a broken build waits this long

    private EchoServer echo;
    private FaultProxy proxy;

    @BeforeEach
    void start() throws IOException {
        echo = new EchoServer();
        proxy = FaultProxy.to("127.0.0.1", echo.socket.getLocalPort());
    }

    @AfterEach
    void stop() throws IOException {
        proxy.close();
        echo.socket.close();
    }

    @Test
    void passesBytesThroughBothWays() throws IOException {
        try (Socket client = connect()) {
            client.getOutputStream().write("hello".getBytes());

            assertThat(client.getInputStream().readNBytes(5)).isEqualTo("hello".getBytes());
        }
        assertThat(proxy.address()).isEqualTo("127.0.0.1:" + proxy.port());
    }

    @Test
    void refuseClosesNewConnectionsAtOnceWithoutReachingTheTarget() throws IOException {
        proxy.mode(FaultProxy.Mode.REFUSE);

        try (Socket client = connect()) {
            assertThat(client.getInputStream().read()).isEqualTo(-1);
        }
        assertThat(proxy.connections()).isEqualTo(1);
        assertThat(echo.accepted.get()).isZero();
    }

    @Test
    void blackholeAcceptsAndReadsButNeverAnswers() throws IOException {
        proxy.mode(FaultProxy.Mode.BLACKHOLE);

        try (Socket client = connect()) {
            client.getOutputStream().write(new byte[100_000]); // read and dropped, so the write never blocks
            client.setSoTimeout(300);
            assertThatThrownBy(() -> client.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
        }
        assertThat(echo.accepted.get()).isZero();
    }

    @Test
    void cutAfterEndsEachConnectionAfterThatManyBytesFromTheTarget() throws IOException {
        proxy.cutAfter(300);

        for (int connection = 0; connection < 2; connection++) {
            try (Socket client = connect()) {
                client.getOutputStream().write(new byte[1000]);

                assertThat(client.getInputStream().readAllBytes()).hasSize(300);
            }
        }
        assertThat(proxy.connections()).isEqualTo(2);
    }

    @Test
    void latencyDelaysEachChunk() throws IOException {
        proxy.latency(Duration.ofMillis(200));

        try (Socket client = connect()) {
            long start = System.nanoTime();
            client.getOutputStream().write('x');
            assertThat(client.getInputStream().read()).isEqualTo('x');
            // There and back: at least twice the latency (a lower bound, never a speed requirement).
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        }
    }

    @Test
    void dropConnectionsClosesOpenConnectionsAndPassThroughRestoresService() throws IOException {
        proxy.latency(Duration.ofMillis(1)).cutAfter(1);
        try (Socket client = connect()) {
            client.getOutputStream().write('a');
            assertThat(client.getInputStream().read()).isEqualTo('a');
            assertThat(client.getInputStream().read()).isEqualTo(-1);
        }
        proxy.passThrough();
        try (Socket client = connect()) {
            client.getOutputStream().write('b');
            assertThat(client.getInputStream().read()).isEqualTo('b');

            proxy.dropConnections();

            assertThat(client.getInputStream().read()).isEqualTo(-1);
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxy.port());
        socket.setSoTimeout(WAIT_MILLIS);
        return socket;
    }

    /** Echoes every byte on every connection; counts connections. */
    private static final class EchoServer {
        final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        final AtomicInteger accepted = new AtomicInteger();

        EchoServer() throws IOException {
            Thread acceptor = new Thread(this::serve, "echo-acceptor");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        private void serve() {
            while (!socket.isClosed()) {
                try {
                    Socket connection = socket.accept();
                    accepted.incrementAndGet();
                    Thread echo = new Thread(() -> echo(connection), "echo");
                    echo.setDaemon(true);
                    echo.start();
                } catch (IOException e) {
                    return; // closed by the test
                }
            }
        }

        private static void echo(Socket connection) {
            try (connection) {
                connection.getInputStream().transferTo(connection.getOutputStream());
            } catch (IOException e) {
                // the proxy closed the connection: nothing more to echo
            }
        }
    }
}
