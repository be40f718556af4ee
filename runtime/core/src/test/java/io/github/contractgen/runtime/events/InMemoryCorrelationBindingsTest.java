package io.github.contractgen.runtime.events;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

class InMemoryCorrelationBindingsTest extends CorrelationBindingsContract {

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
}
