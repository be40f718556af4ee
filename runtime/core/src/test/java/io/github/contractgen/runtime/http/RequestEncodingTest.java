package io.github.contractgen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.contractgen.testsupport.RecordedRequest;
import io.github.contractgen.testsupport.TestHttpsServer;
import io.github.contractgen.testsupport.TestResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What goes on the wire: path, query, headers, cookies and every kind of body, as the server received them. */
class RequestEncodingTest {

    static TestHttpsServer server;
    static RestClientCore core;

    enum Color {
        DARK_RED("dark red");

        private final String value;

        Color(String value) {
            this.value = value;
        }

        @JsonValue
        public String value() {
            return value;
        }
    }

    record Filter(String color, int size) {}

    @BeforeAll
    static void start() {
        server = TestHttpsServer.http().handle("/", request -> TestResponse.status(204));
        core = Calls.core(server.baseUri().resolve("/api/v1/"));
    }

    @AfterAll
    static void stop() {
        core.close();
        server.close();
    }

    private static RecordedRequest send(String method, String path, UnaryOperator<RestCall.Builder<Void>> details) {
        RestCall.Builder<Void> call = RestCall.builder("op", method, path,
                ResponseSpec.<Void>builder().success("204", ResponseBody.empty()).build());
        assertThat(core.call(details.apply(call).build())).isNull();
        return server.takeRequest();
    }

    @Test
    void pathValuesStayInsideTheirSegment() {
        assertThat(send("GET", "/files/{name}", c -> c.pathParam("name", "../admin")).rawPath())
                .isEqualTo("/api/v1/files/..%2Fadmin");
        assertThat(send("GET", "/files/{name}", c -> c.pathParam("name", "a/b?c#d%e f")).rawPath())
                .isEqualTo("/api/v1/files/a%2Fb%3Fc%23d%25e%20f");
        assertThat(send("GET", "/files/{name}/x", c -> c.pathParam("name", "..")).rawPath())
                .isEqualTo("/api/v1/files/%2E%2E/x");
        assertThat(send("GET", "/files/{name}", c -> c.pathParam("name", "é")).rawPath())
                .isEqualTo("/api/v1/files/%C3%A9");
    }

    @Test
    void pathValuesRenderEnumsListsAndDates() {
        RecordedRequest request = send("GET", "/a/{color}/{ids}/{day}", c -> c.pathParam("color", Color.DARK_RED)
                .pathParam("ids", List.of(1, 2, 3)).pathParam("day", LocalDate.of(2024, 2, 29)));
        assertThat(request.rawPath()).isEqualTo("/api/v1/a/dark%20red/1,2,3/2024-02-29");
    }

    @Test
    void aMissingPathValueIsRefusedBeforeSending() {
        RestCall<Void> call = RestCall.builder("getFile", "GET", "/files/{name}",
                ResponseSpec.<Void>builder().success("204", ResponseBody.empty()).build()).build();
        assertThatThrownBy(() -> core.call(call)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("getFile: path parameter 'name' has no value");
    }

    @Test
    void queryFormStyleExplodedAndNot() {
        assertThat(send("GET", "/q", c -> c.queryParam("id", List.of(1, 2), QueryStyle.FORM, true)
                .queryParam("tag", List.of("a b", "c,d"), QueryStyle.FORM, false)
                .queryParam("skipped", null, QueryStyle.FORM, true)
                .queryParam("q", "x&y=z", QueryStyle.FORM, true)).rawQuery())
                .isEqualTo("id=1&id=2&tag=a%20b,c%2Cd&q=x%26y%3Dz");
    }

    @Test
    void queryDelimitedStyles() {
        assertThat(send("GET", "/q", c -> c.queryParam("s", List.of("a", "b"), QueryStyle.SPACE_DELIMITED, false)
                .queryParam("p", List.of("a", "b"), QueryStyle.PIPE_DELIMITED, false)
                .queryParam("e", List.of("a", "b"), QueryStyle.PIPE_DELIMITED, true)).rawQuery())
                .isEqualTo("s=a%20b&p=a%7Cb&e=a&e=b");
    }

    @Test
    void queryObjectsAsDeepObjectAndForm() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("min", 1);
        nested.put("max", 9);
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("color", "red");
        filter.put("range", nested);
        assertThat(send("GET", "/q", c -> c.queryParam("filter", filter, QueryStyle.DEEP_OBJECT, true)
                .queryParam("f", new Filter("blue", 3), QueryStyle.DEEP_OBJECT, true)).rawQuery())
                .isEqualTo("filter%5Bcolor%5D=red&filter%5Brange%5D%5Bmin%5D=1&filter%5Brange%5D%5Bmax%5D=9"
                        + "&f%5Bcolor%5D=blue&f%5Bsize%5D=3");
        assertThat(send("GET", "/q", c -> c.queryParam("f", new Filter("blue", 3), QueryStyle.FORM, true)
                .queryParam("g", new Filter("red", 4), QueryStyle.FORM, false)).rawQuery())
                .isEqualTo("color=blue&size=3&g=color,red,size,4");
    }

    @Test
    void queryScalarsRenderDatesBytesAndEnums() {
        OffsetDateTime at = OffsetDateTime.of(2024, 1, 2, 3, 4, 0, 0, ZoneOffset.ofHours(2));
        assertThat(send("GET", "/q", c -> c.queryParam("at", at, QueryStyle.FORM, true)
                .queryParam("i", Instant.parse("2024-01-02T03:04:05Z"), QueryStyle.FORM, true)
                .queryParam("b", new byte[] {1, 2, (byte) 0xff}, QueryStyle.FORM, true)
                .queryParam("c", Color.DARK_RED, QueryStyle.FORM, true)
                .queryParam("n", new java.math.BigDecimal("1E+3"), QueryStyle.FORM, true)).rawQuery())
                .isEqualTo("at=2024-01-02T03%3A04%3A00%2B02%3A00&i=2024-01-02T03%3A04%3A05Z&b=AQL%2F&c=dark%20red&n=1000");
    }

    @Test
    void headersAndCookies() {
        RecordedRequest request = send("GET", "/h", c -> c.header("X-Ids", List.of(1, 2))
                .header("X-Color", Color.DARK_RED).header("X-None", null)
                .cookie("session", "abc").cookie("odd", "a b;c"));
        assertThat(request.header("x-ids")).hasValue("1,2");
        assertThat(request.header("x-color")).hasValue("dark red");
        assertThat(request.headers()).doesNotContainKey("x-none");
        assertThat(request.header("cookie")).hasValue("session=abc; odd=a%20b%3Bc");
        assertThat(request.header("accept")).isEmpty();
    }

    @Test
    void acceptComesFromTheDeclaredBodiesUnlessSet() {
        RestCall<String> call = RestCall.builder("op", "GET", "/x", ResponseSpec.<String>builder()
                .success("200", ResponseBody.text()).error("4XX", ResponseBody.json(Calls.JSON_OBJECT),
                        (r, b) -> null).build()).build();
        core.call(call);
        assertThat(server.takeRequest().header("accept")).hasValue("text/plain, application/json");
    }

    @Test
    void jsonBody() {
        RecordedRequest request = send("POST", "/j", c -> c.jsonBody(Map.of("name", "Rex", "at", LocalDate.of(2024, 1, 2))));
        assertThat(request.header("content-type")).hasValue("application/json");
        assertThat(request.bodyText()).contains("\"name\":\"Rex\"").contains("\"at\":\"2024-01-02\"");
    }

    @Test
    void formBody() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", "a b&c");
        form.put("tags", List.of("x", "y"));
        form.put("none", null);
        RecordedRequest request = send("POST", "/f", c -> c.formBody(form));
        assertThat(request.header("content-type")).hasValue("application/x-www-form-urlencoded");
        assertThat(request.bodyText()).isEqualTo("name=a+b%26c&tags=x&tags=y");
    }

    /** An optional body whose fields are all absent is no body at all; a required one is an empty form. */
    @Test
    void optionalFormAndMultipartBodiesWithoutValuesSendNoBody() {
        Map<String, Object> nothing = new LinkedHashMap<>();
        nothing.put("title", null);
        for (UnaryOperator<RestCall.Builder<Void>> body : List.<UnaryOperator<RestCall.Builder<Void>>>of(
                c -> c.optionalFormBody(nothing), c -> c.optionalMultipartBody(nothing), c -> c.formBody(null),
                c -> c.multipartBody(null), c -> c.jsonBody(null, "application/merge-patch+json"))) {
            RecordedRequest request = send("POST", "/o", body);
            assertThat(request.header("content-type")).isEmpty();
            assertThat(request.body()).isEmpty();
        }
        RecordedRequest required = send("POST", "/o", c -> c.formBody(nothing));
        assertThat(required.header("content-type")).hasValue("application/x-www-form-urlencoded");
        RecordedRequest given = send("POST", "/o", c -> c.optionalFormBody(Map.of("title", "t")));
        assertThat(given.bodyText()).isEqualTo("title=t");
    }

    @Test
    void acceptAsksForTheDeclaredTextAndBinaryMediaTypes() {
        RestCall<String> call = RestCall.builder("op", "GET", "/x", ResponseSpec.<String>builder()
                .success("200", ResponseBody.text("text/csv")).error("4XX", ResponseBody.bytes("image/png"),
                        (r, b) -> null).build()).build();
        core.call(call);
        assertThat(server.takeRequest().header("accept")).hasValue("text/csv, image/png");
    }

    @Test
    void multipartBody(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "file content");
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("title", "Hello");
        parts.put("raw", new byte[] {1, 2});
        parts.put("file", file);
        parts.put("image", new BinaryPart("a\"b.png", "image/png", new byte[] {9}));
        parts.put("meta", Map.of("k", "v"));
        RecordedRequest request = send("POST", "/m", c -> c.multipartBody(parts));

        String type = request.header("content-type").orElseThrow();
        assertThat(type).startsWith("multipart/form-data; boundary=contractgen-");
        String boundary = type.substring(type.indexOf("boundary=") + 9);
        String body = new String(request.body(), StandardCharsets.ISO_8859_1);
        assertThat(body).startsWith("--" + boundary + "\r\n").endsWith("--" + boundary + "--\r\n")
                .contains("Content-Disposition: form-data; name=\"title\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nHello\r\n")
                .contains("name=\"raw\"; filename=\"raw\"\r\nContent-Type: application/octet-stream\r\n\r\n\u0001\u0002\r\n")
                .contains("name=\"file\"; filename=\"notes.txt\"")
                .contains("\r\n\r\nfile content\r\n")
                .contains("name=\"image\"; filename=\"a%22b.png\"\r\nContent-Type: image/png\r\n\r\n\u0009\r\n")
                .contains("name=\"meta\"\r\nContent-Type: application/json\r\n\r\n{\"k\":\"v\"}\r\n");
        assertThat(body.split("--" + boundary, -1)).hasSize(7);
    }

    @Test
    void binaryAndTextBodies() {
        RecordedRequest binary = send("PUT", "/b", c -> c.binaryBody(new byte[] {0, 1, 2}, "application/pdf"));
        assertThat(binary.body()).containsExactly(0, 1, 2);
        assertThat(binary.header("content-type")).hasValue("application/pdf");
        RecordedRequest text = send("PUT", "/t", c -> c.textBody("héllo", "text/plain; charset=ISO-8859-1"));
        assertThat(text.body()).containsExactly('h', 0xe9, 'l', 'l', 'o');
        RecordedRequest none = send("DELETE", "/n", c -> c);
        assertThat(none.body()).isEmpty();
        assertThat(none.method()).isEqualTo("DELETE");
    }

    @Test
    void theBaseUriPathIsKeptAndHttp11IsUsedForCleartext() {
        RecordedRequest request = send("GET", "/x", c -> c);
        assertThat(request.rawPath()).isEqualTo("/api/v1/x");
        assertThat(request.headers()).doesNotContainKeys("upgrade", "http2-settings");
        assertThat(core.options().baseUri()).isEqualTo(URI.create(server.baseUri() + "/api/v1/"));
    }
}
