package io.github.contractgen.runtime.events;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

class InMemoryRequestReplyTest extends RequestReplyContract {

    private InMemoryTransport transport;

    @BeforeEach
    void open() {
        transport = InMemoryTransport.create();
    }

    @AfterEach
    void close() {
        transport.close();
    }

    @Override
    protected EventTransport transport() {
        return transport;
    }

    @Override
    protected EventTransport newTransport() {
        return InMemoryTransport.create();
    }
}
