package io.github.contractgen.generator.emit.model;

import io.github.contractgen.generator.emit.ModelEmitter;
import io.github.contractgen.generator.testing.ServiceBuilder;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void print() {
        new ModelEmitter().emit(ServiceBuilder.context(PetstoreFixture.service())).forEach(f -> System.out.println(f));
    }
}
