package com.example.petstore;

import io.github.contractgen.runtime.http.ResponseBody;
import io.github.contractgen.runtime.http.ResponseSpec;
import io.github.contractgen.runtime.http.RestCall;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * How each call of the service's untagged operations is made and decoded; shared by the sync and async APIs.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0 from petstore.yaml"
)
final class PetstoreCalls {
    private static final ResponseSpec<String> HEALTH = ResponseSpec.<String>builder()
            .success("200", ResponseBody.text("text/plain"))
            .otherwise(PetstoreException::undeclared)
            .build();

    private static final ResponseSpec<String> LOGIN = ResponseSpec.<String>builder()
            .success("200", ResponseBody.text("text/plain"))
            .error("401", ResponseBody.text("text/plain"), PetstoreException.Unauthorized::new)
            .otherwise(PetstoreException::undeclared)
            .build();

    private PetstoreCalls() {
    }

    static RestCall<String> health() {
        return RestCall.builder("health", "GET", "/health", HEALTH)
                .idempotent(true)
                .build();
    }

    static RestCall<String> login(String username, String password, @Nullable Boolean remember) {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("password", password);
        fields.put("remember", remember);
        return RestCall.builder("login", "POST", "/login", LOGIN)
                .formBody(fields)
                .build();
    }
}
