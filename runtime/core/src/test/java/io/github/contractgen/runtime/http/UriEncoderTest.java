package io.github.contractgen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class UriEncoderTest {

    private static final URI BASE = URI.create("http://127.0.0.1:1/api/");

    /** The scan in {@link UriEncoder#path} finds exactly what {@link UriEncoder#PLACEHOLDER} matches. */
    @Test
    void thePathScanAgreesWithThePlaceholderPattern() {
        Map<String, Object> values = new HashMap<>();
        for (String name : List.of("x", "y", "a{b", "b", "id", "x y")) {
            values.put(name, "<" + name + ">");
        }
        for (String template : List.of("/pets/{id}", "{x}", "/{x}{y}", "{x}/{y}z", "/plain", "", "/{}", "/{x",
                "/x}", "/{{x}", "/{a{b}c}", "/}{x}{", "/{x y}/{}{y}", "{", "}", "{}", "/{{}}", "/a{b}{")) {
            assertThat(UriEncoder.path("op", BASE, template, values)).as(template)
                    .isEqualTo(byPattern(template, values));
        }
    }

    private static String byPattern(String template, Map<String, Object> values) {
        Matcher placeholder = UriEncoder.PLACEHOLDER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (placeholder.find()) {
            String encoded = UriEncoder.encode(values.get(placeholder.group(1)).toString());
            placeholder.appendReplacement(path, Matcher.quoteReplacement(encoded));
        }
        placeholder.appendTail(path);
        String relative = path.toString();
        return "/api" + (relative.startsWith("/") || relative.isEmpty() ? relative : "/" + relative);
    }
}
