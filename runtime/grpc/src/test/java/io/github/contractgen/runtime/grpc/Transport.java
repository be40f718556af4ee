package io.github.contractgen.runtime.grpc;

import io.github.contractgen.runtime.observe.Observer;
import io.grpc.Channel;
import io.grpc.ClientInterceptor;
import io.grpc.ClientInterceptors;
import io.grpc.InsecureServerCredentials;
import io.grpc.ManagedChannel;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Where a test's {@link EchoServer} runs and how its channel reaches it: over Netty on 127.0.0.1 (the
 * real thing), or in-process (no network, a fast extra case).
 */
enum Transport {
    NETTY {
        @Override
        EchoServer server() throws IOException {
            return new EchoServer(InsecureServerCredentials.create());
        }

        @Override
        ManagedChannel managedChannel(EchoServer server, Observer observer) {
            return GrpcChannels.forTarget(server.target()).plaintext().observer(observer).build();
        }
    },
    IN_PROCESS {
        @Override
        EchoServer server() throws IOException {
            return EchoServer.inProcess(InProcessServerBuilder.generateName());
        }

        @Override
        ManagedChannel managedChannel(EchoServer server, Observer observer) {
            return InProcessChannelBuilder.forName(server.inProcessName()).intercept(new ObserverInterceptor(observer))
                    .build();
        }
    };

    abstract EchoServer server() throws IOException;

    abstract ManagedChannel managedChannel(EchoServer server, Observer observer);

    /**
     * A channel to {@code server} that reports to {@code observer}; {@code outermost} sees each call
     * before the observer does, and its end after the caller's listener has had it.
     */
    Connection connect(EchoServer server, Observer observer, ClientInterceptor outermost) {
        ManagedChannel managed = managedChannel(server, observer);
        return new Connection(managed, ClientInterceptors.intercept(managed, outermost));
    }

    /** A channel and the interceptor-wrapped view the tests call through. */
    record Connection(ManagedChannel managed, Channel calls) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            managed.shutdownNow().awaitTermination(30, TimeUnit.SECONDS);
        }
    }
}
