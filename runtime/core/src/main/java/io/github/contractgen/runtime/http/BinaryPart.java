package io.github.contractgen.runtime.http;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file part of a multipart request, with its file name and content type.
 *
 * @param fileName the file name the server sees
 * @param contentType the part's media type ({@code application/octet-stream} when null)
 * @param content the bytes (the accessor returns a copy)
 * @since 0.1.0
 */
public record BinaryPart(String fileName, String contentType, byte[] content) {

    public BinaryPart {
        Objects.requireNonNull(fileName, "fileName");
        contentType = contentType == null ? "application/octet-stream" : contentType;
        content = Objects.requireNonNull(content, "content").clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BinaryPart that && fileName.equals(that.fileName)
                && contentType.equals(that.contentType) && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, contentType) * 31 + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "BinaryPart[" + fileName + ", " + contentType + ", " + content.length + " bytes]";
    }
}
