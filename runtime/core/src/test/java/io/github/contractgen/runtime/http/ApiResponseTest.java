package io.github.contractgen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The value a {@code ...WithResponse} method returns: safe, sorted, case-insensitive headers. */
class ApiResponseTest {

    private static Map<String, List<String>> raw() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("X-Total-Count", List.of("42"));
        headers.put("Set-Cookie", List.of("session=s3cr3t"));
        headers.put("Authorization", List.of("Bearer t0ken"));
        headers.put("X-API-Key", List.of("k3y"));
        headers.put("Link", List.of("</pets?page=2>; rel=\"next\"", "</pets?page=9>; rel=\"last\""));
        headers.put("content-type", List.of("application/json"));
        headers.put(":status", List.of("200"));
        return headers;
    }

    @Test
    void headersAreLowerCaseSortedAndWithoutSecrets() {
        ApiResponse<String> response = new ApiResponse<>(200, raw(), "body");

        assertThat(response.headers()).containsOnlyKeys("content-type", "link", "x-total-count");
        assertThat(response.headers().keySet()).containsExactly("content-type", "link", "x-total-count");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("body");
    }

    @Test
    void headerLooksUpAnyCaseAndGivesTheFirstValue() {
        ApiResponse<String> response = new ApiResponse<>(200, raw(), null);

        assertThat(response.header("X-Total-Count")).hasValue("42");
        assertThat(response.header("x-total-COUNT")).hasValue("42");
        assertThat(response.header("LINK")).hasValue("</pets?page=2>; rel=\"next\"");
        assertThat(response.headerValues("link")).hasSize(2);
        assertThat(response.header("X-Missing")).isEmpty();
        assertThat(response.headerValues("X-Missing")).isEmpty();
        assertThat(response.header("Set-Cookie")).as("secret").isEmpty();
        assertThat(response.header("authorization")).as("secret").isEmpty();
        assertThatThrownBy(() -> response.header(null)).hasMessageContaining("name");
    }

    @Test
    void headersAreACopyThatCannotBeChanged() {
        Map<String, List<String>> source = new LinkedHashMap<>();
        List<String> values = new ArrayList<>(List.of("1"));
        source.put("X-Total-Count", values);
        ApiResponse<Void> response = new ApiResponse<>(204, source, null);
        source.put("X-Later", List.of("2"));
        values.add("3");

        assertThat(response.headers()).containsExactly(Map.entry("x-total-count", List.of("1")));
        assertThatThrownBy(() -> response.headers().put("x", List.of())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> response.headers().get("x-total-count").add("4"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new ApiResponse<>(200, null, "x")).hasMessageContaining("headers");
    }

    @Test
    void equalByValueAndToStringLeavesOutValuesAndBody() {
        ApiResponse<String> response = new ApiResponse<>(200, raw(), "secret body");

        assertThat(response).isEqualTo(new ApiResponse<>(200, raw(), "secret body"))
                .hasSameHashCodeAs(new ApiResponse<>(200, raw(), "secret body"))
                .isNotEqualTo(new ApiResponse<>(201, raw(), "secret body"));
        assertThat(response.toString()).isEqualTo("ApiResponse[status=200, headers=[content-type, link, x-total-count]]");
    }

    @Test
    void madeFromAResponseInfoItKeepsItsStatusAndSafeHeaders() {
        ResponseInfo info = new ResponseInfo("listPets", "GET", java.net.URI.create("http://127.0.0.1/pets"), 200, raw(),
                new byte[] {1});

        ApiResponse<Integer> response = ApiResponse.of(info, 7);

        assertThat(response).isEqualTo(new ApiResponse<>(200, info.headers(), 7));
        assertThat(response.headers()).isEqualTo(info.headers());
    }
}
