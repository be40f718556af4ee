package io.github.contractgen.sample.petstore;

import io.github.contractgen.runtime.http.ResponseBody;
import io.github.contractgen.runtime.http.ResponseSpec;
import io.github.contractgen.runtime.http.RestCall;
import io.github.contractgen.runtime.json.JsonType;
import io.github.contractgen.sample.petstore.model.HealthResponse;
import javax.annotation.processing.Generated;

/**
 * How each call of the service's untagged operations is made and decoded; shared by the sync and async APIs.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/petstore.yaml"
)
final class PetstoreCalls {
    private static final ResponseSpec<HealthResponse> HEALTH = ResponseSpec.<HealthResponse>builder()
            .success("200", ResponseBody.json(JsonType.of(HealthResponse.class)))
            .otherwise(PetstoreException::undeclared)
            .build();

    private PetstoreCalls() {
    }

    static RestCall<HealthResponse> health() {
        return RestCall.builder("health", "GET", "/health", HEALTH)
                .idempotent(true)
                .build();
    }
}
