package io.github.contractgen.sample.petstore;

import io.github.contractgen.runtime.http.ResponseBody;
import io.github.contractgen.runtime.http.ResponseSpec;
import io.github.contractgen.runtime.http.RestCall;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * How each call of the 'users' group is made and decoded; shared by the sync and async APIs.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/petstore.yaml"
)
final class UsersCalls {
    private static final ResponseSpec<String> LOGIN = ResponseSpec.<String>builder()
            .success("200", ResponseBody.text("text/plain"))
            .otherwise(PetstoreException::undeclared)
            .build();

    private UsersCalls() {
    }

    static RestCall<String> login(@Nullable Boolean remember) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("remember", remember);
        return RestCall.builder("login", "POST", "/users/login", LOGIN)
                .optionalFormBody(fields)
                .security(List.of(List.of("basic")))
                .build();
    }
}
