package io.github.contractgen.testsupport.faults;

import io.github.contractgen.testsupport.RecordedRequest;
import io.github.contractgen.testsupport.TestHandler;
import io.github.contractgen.testsupport.TestResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * A careless server for {@code TestHttpsServer}: it answers with every part of the request that may
 * carry a credential repeated back, in the body and in a response header, as servers do when they
 * quote what they rejected. Whatever the client shows of such a response (exception messages, body
 * excerpts, header values, observer events) must not contain what it sent as credentials.
 *
 * <p>Echoed, each in the form it arrived in and decoded: the {@code Authorization} header (whole, the
 * credentials after the scheme, and for {@code Basic} the decoded {@code user:password} and the
 * password), the query (raw and each value decoded), the {@code Cookie} header and every header whose
 * name contains {@code key} or {@code token}. The body is a JSON object {@code {"error": ..., "echo":
 * [...]}}, also under content type {@code application/json}; the header is {@code X-Echo}, the values
 * joined by a space.
 *
 * <pre>{@code
 * server.handle("/", CredentialEcho.answering(401));
 * }</pre>
 *
 * @since 0.3.0
 */
public final class CredentialEcho {

    private CredentialEcho() {}

    /** A handler that answers {@code status} with the request's credentials echoed. */
    public static TestHandler answering(int status) {
        return request -> {
            List<String> echoed = echoed(request);
            StringBuilder json = new StringBuilder("{\"error\":\"rejected what you sent\",\"echo\":[");
            for (int i = 0; i < echoed.size(); i++) {
                json.append(i == 0 ? "" : ",").append('"').append(jsonEscaped(echoed.get(i))).append('"');
            }
            return TestResponse.json(status, json.append("]}").toString())
                    .withHeader("X-Echo", String.join(" ", echoed));
        };
    }

    /** The parts of {@code request} that may carry a credential, as sent and decoded. */
    public static List<String> echoed(RecordedRequest request) {
        List<String> echoed = new ArrayList<>();
        request.header("authorization").ifPresent(authorization -> {
            echoed.add(authorization);
            int space = authorization.indexOf(' ');
            String credentials = authorization.substring(space + 1);
            echoed.add(credentials);
            if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                String pair = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
                echoed.add(pair);
                echoed.add(pair.substring(pair.indexOf(':') + 1));
            }
        });
        if (request.rawQuery() != null) {
            echoed.add(request.rawQuery());
            for (String parameter : request.rawQuery().split("&")) {
                echoed.add(URLDecoder.decode(parameter.substring(parameter.indexOf('=') + 1), StandardCharsets.UTF_8));
            }
        }
        request.header("cookie").ifPresent(echoed::add);
        request.headers().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.contains("key") || lower.contains("token")) {
                echoed.addAll(values);
            }
        });
        return echoed;
    }

    private static String jsonEscaped(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
