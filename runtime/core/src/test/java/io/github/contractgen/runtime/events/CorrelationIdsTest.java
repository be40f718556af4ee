package io.github.contractgen.runtime.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CorrelationIdsTest {

    @Test
    void idsAreVersion4UuidsAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = CorrelationIds.next();
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2); // IETF (RFC 4122)
            assertThat(uuid.toString()).isEqualTo(id);
            assertThat(seen.add(id)).as("repeated id %s", id).isTrue();
        }
    }
}
