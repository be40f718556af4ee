package io.github.contractgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What {@link Redaction} masks: each form a server may echo a credential in, and URI user information. */
class RedactionTest {

    @Test
    void aSecretIsMaskedAsSentPercentEncodedFormEncodedAndJsonEscaped() {
        Redaction redaction = Redaction.builder().secret("a/b+c d\"é").build();
        assertThat(redaction.apply("raw a/b+c d\"é, pct a%2Fb%2Bc%20d%22%C3%A9, lower a%2fb%2bc%20d%22%c3%a9,"
                + " form a%2Fb%2Bc+d%22%C3%A9, json a/b+c d\\\"é, json a\\/b+c d\\\"é"))
                .isEqualTo("raw ***, pct ***, lower ***, form ***, json ***, json ***");
    }

    @Test
    void aHeaderValueMasksItsCredentialsAndABasicOneItsDecodedPairAndPassword() {
        Redaction bearer = Redaction.builder().headerValue("Bearer tok-123").build();
        assertThat(bearer.apply("got Bearer tok-123; token tok-123")).isEqualTo("got ***; token ***");
        String basic = java.util.Base64.getEncoder().encodeToString("alice:pa:ss".getBytes(StandardCharsets.UTF_8));
        Redaction redaction = Redaction.builder().headerValue("Basic " + basic).build();
        assertThat(redaction.apply("Basic " + basic + " / " + basic + " / alice:pa:ss / pa:ss"))
                .isEqualTo("*** / *** / *** / ***");
        assertThat(redaction.apply("alice")).as("the user is not a secret").isEqualTo("alice");
    }

    @Test
    void bytesAreMaskedWithoutTouchingWhatIsNotASecretEvenWhenItIsNotUtf8() {
        Redaction redaction = Redaction.builder().secret("tök").build();
        byte[] body = {(byte) 0xFF, 't', (byte) 0xC3, (byte) 0xB6, 'k', (byte) 0xFE};
        assertThat(redaction.apply(body)).containsExactly(0xFF, '*', '*', '*', 0xFE);
        byte[] clean = {(byte) 0xFF, 'x'};
        assertThat(redaction.apply(clean)).isSameAs(clean);
        assertThat(Redaction.NONE.apply(body)).isSameAs(body);
    }

    @Test
    void secretsCombineAndTheLongestFormWins() {
        Redaction both = Redaction.builder().secret("abc").build().and(Redaction.builder().secret("abcdef").build());
        assertThat(both.apply("abcdef abc")).isEqualTo("*** ***");
        assertThat(both.apply(List.of("x abc", "abcdefg"))).containsExactly("x ***", "***g");
        assertThat(both.and(Redaction.NONE)).isSameAs(both);
        assertThat(both).hasToString("Redaction[2 forms]");
        assertThat(Redaction.builder().secret("").secret(null).build()).isSameAs(Redaction.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "https://user:pw@host/v1|https://user:***@host/v1",
            "https://tok3n@github.com/x|https://***@github.com/x",
            "see kafka://u:p@broker:9092 and HTTP://a:b@c|see kafka://u:***@broker:9092 and HTTP://a:***@c",
            "https://host/path?mail=a@b|https://host/path?mail=a@b",
            "mailto a@b|mailto a@b",
            "https://host/v1|https://host/v1"})
    void userInformationOfUrisIsMasked(String text, String masked) {
        assertThat(Redaction.userInfo(text)).isEqualTo(masked);
        assertThat(Redaction.NONE.apply(text)).isEqualTo(masked);
    }
}
