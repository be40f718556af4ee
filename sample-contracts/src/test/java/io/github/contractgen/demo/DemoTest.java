package io.github.contractgen.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.runtime.observe.CallKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs the demo exactly as README's first command does and checks what it printed and observed. */
class DemoTest {

    @Test
    void theDemoCallsTheServerOverMutualTlsWithTheSyncAndAsyncClients() throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        RecordingObserver observer;
        try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            observer = Demo.run(out);
        }
        String printed = buffer.toString(StandardCharsets.UTF_8);

        assertThat(printed)
                .contains("health: UP")
                .contains("created: Rex with id 101")
                .contains("available dogs: [Rex]")
                .contains("paid by Card")
                .contains("inventory: {adopted=1, available=1}")
                .contains("getPetById(404404) -> HTTP 404: no pet with id 404404")
                .contains("async: first pet is Rex")
                .contains("What the observer saw:");
        assertThat(observer.seen()).hasSize(10).allSatisfy(seen -> {
            assertThat(seen.call().service()).isEqualTo("petstore");
            assertThat(seen.call().kind()).isEqualTo(CallKind.HTTP);
            assertThat(seen.attempts()).hasSize(1);
        });
        assertThat(observer.seen()).extracting(seen -> seen.call().operation() + " " + seen.result().status())
                .contains("getPetById 404", "placeOrder 200", "createPet 201");
        assertThat(printed).doesNotContain(PetstoreServer.API_KEY).doesNotContain(PetstoreServer.BEARER);
    }
}
