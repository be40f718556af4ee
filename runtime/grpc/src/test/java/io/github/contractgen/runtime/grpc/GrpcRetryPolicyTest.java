package io.github.contractgen.runtime.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Status;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GrpcRetryPolicyTest {

    @Test
    void onlyMethodsMarkedSafeOrIdempotentAreRetried() {
        GrpcRetryPolicy config = GrpcRetryPolicy.builder()
                .methods(List.of(Echo.UNARY, Echo.FLAKY, Echo.UNSAFE, Echo.COUNT))
                .build();

        assertThat(config.methods()).containsExactly("test.Echo/Flaky");
        assertThat(GrpcRetryPolicy.allowsRetry(Echo.FLAKY)).isTrue();
        assertThat(GrpcRetryPolicy.allowsRetry(Echo.UNSAFE)).isFalse();
    }

    @Test
    void theServiceConfigHasGrpcsJsonShape() {
        GrpcRetryPolicy config = GrpcRetryPolicy.builder()
                .maxAttempts(4)
                .backoff(Duration.ofMillis(250), Duration.ofSeconds(3), 1.5)
                .retryableCodes(List.of(Status.Code.UNAVAILABLE, Status.Code.ABORTED))
                .methods(List.of(Echo.FLAKY))
                .build();

        assertThat(config.serviceConfig()).isEqualTo(Map.of("methodConfig", List.of(Map.of(
                "name", List.of(Map.of("service", "test.Echo", "method", "Flaky")),
                "retryPolicy", Map.of(
                        "maxAttempts", 4.0,
                        "initialBackoff", "0.250000000s",
                        "maxBackoff", "3.000000000s",
                        "backoffMultiplier", 1.5,
                        "retryableStatusCodes", List.of("ABORTED", "UNAVAILABLE"))))));
    }

    @Test
    void noRetryableMethodGivesAnEmptyConfig() {
        assertThat(GrpcRetryPolicy.builder().methods(List.of(Echo.UNSAFE)).build().serviceConfig()).isEmpty();
    }

    @Test
    void settingsAreChecked() {
        assertThatThrownBy(() -> GrpcRetryPolicy.builder().maxAttempts(6))
                .hasMessage("maxAttempts must be 2 to 5, was 6");
        assertThatThrownBy(() -> GrpcRetryPolicy.builder().retryableCodes(List.of(Status.Code.OK)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GrpcRetryPolicy.builder().backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
