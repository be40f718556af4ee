package io.github.contractgen.runtime.http;

import io.github.contractgen.runtime.http.BodyEncoder.EncodedBody;
import io.github.contractgen.runtime.json.JsonCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * Encodes {@code multipart/form-data} (RFC 7578). The boundary is a random UUID per request: it cannot
 * be guessed by whoever supplies part content, so a part can never end the body early.
 */
final class Multipart {

    private Multipart() {}

    static EncodedBody encode(Map<String, Object> parts) {
        String boundary = "contractgen-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach((name, value) -> {
            if (ParamRenderer.isList(value)) {
                ParamRenderer.elements(value).forEach(item -> part(out, boundary, name, item));
            } else {
                part(out, boundary, name, value);
            }
        });
        write(out, "--" + boundary + "--\r\n");
        return new EncodedBody("multipart/form-data; boundary=" + boundary, out.toByteArray());
    }

    private static void part(ByteArrayOutputStream out, String boundary, String name, Object value) {
        String disposition = "form-data; name=\"" + quoted(name) + "\"";
        String contentType;
        byte[] content;
        if (value instanceof String text) {
            contentType = "text/plain; charset=UTF-8";
            content = text.getBytes(StandardCharsets.UTF_8);
        } else if (value instanceof byte[] bytes) {
            disposition += "; filename=\"" + quoted(name) + "\"";
            contentType = "application/octet-stream";
            content = bytes;
        } else if (value instanceof Path file) {
            disposition += "; filename=\"" + quoted(String.valueOf(file.getFileName())) + "\"";
            contentType = probe(file);
            content = read(file);
        } else if (value instanceof BinaryPart binary) {
            disposition += "; filename=\"" + quoted(binary.fileName()) + "\"";
            contentType = binary.contentType();
            content = binary.content();
        } else {
            contentType = "application/json";
            content = JsonCodec.shared().encode(value);
        }
        write(out, "--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\nContent-Type: "
                + contentType + "\r\n\r\n");
        out.writeBytes(content);
        write(out, "\r\n");
    }

    /** A name or file name inside a quoted header parameter: quotes and line breaks percent-encoded. */
    private static String quoted(String text) {
        return text.replace("%", "%25").replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String probe(Path file) {
        try {
            String type = Files.probeContentType(file);
            return type == null ? "application/octet-stream" : type;
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read multipart file " + file, e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
