package io.github.contractgen.demo;

import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;

/** Just enough multipart/form-data parsing for the demo server: the bytes of the part named {@code file}. */
final class MultipartFile {

    private MultipartFile() {}

    static byte[] firstFile(HttpExchange exchange, byte[] body) {
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        int at = contentType == null ? -1 : contentType.indexOf("boundary=");
        if (at < 0) {
            throw new IllegalArgumentException("multipart request without a boundary: " + contentType);
        }
        String boundary = contentType.substring(at + "boundary=".length()).replace("\"", "");
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        String text = new String(body, StandardCharsets.ISO_8859_1);
        for (String part : text.split(java.util.regex.Pattern.quote(new String(delimiter, StandardCharsets.ISO_8859_1)))) {
            int headersEnd = part.indexOf("\r\n\r\n");
            if (headersEnd < 0 || !part.substring(0, headersEnd).contains("name=\"file\"")) {
                continue;
            }
            String content = part.substring(headersEnd + 4);
            if (content.endsWith("\r\n")) {
                content = content.substring(0, content.length() - 2);
            }
            return content.getBytes(StandardCharsets.ISO_8859_1);
        }
        throw new IllegalArgumentException("multipart request has no part named 'file'");
    }
}
