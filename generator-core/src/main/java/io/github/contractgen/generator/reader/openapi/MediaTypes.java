package io.github.contractgen.generator.reader.openapi;

import io.github.contractgen.generator.model.BodyKind;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Picks one media type of a body and says how it is encoded. */
final class MediaTypes {

    /** The chosen media type and its entry. */
    record Choice(String contentType, BodyKind kind, MediaType media) {}

    private MediaTypes() {}

    /**
     * The preferred entry of {@code content}: JSON (plain {@code application/json} first, then
     * {@code +json}), then form, multipart, text and binary; the contract's order breaks ties.
     */
    static Optional<Choice> choose(Content content) {
        if (content == null || content.isEmpty()) {
            return Optional.empty();
        }
        Choice best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Map.Entry<String, MediaType> entry : content.entrySet()) {
            MediaType media = entry.getValue() == null ? new MediaType() : entry.getValue();
            String contentType = entry.getKey();
            BodyKind kind = kind(contentType);
            if (isWildcard(contentType) && media.getSchema() != null && !isBinary(media.getSchema())) {
                // "*/*" with a schema is what 2.0 descriptions without 'produces' convert to, and what
                // many generated descriptions say for JSON: a structured schema means JSON.
                kind = BodyKind.JSON;
                contentType = "application/json";
            }
            int rank = kind.ordinal() * 2 + (isPlainJson(entry.getKey()) ? 0 : 1);
            if (rank < bestRank) {
                bestRank = rank;
                best = new Choice(contentType, kind, media);
            }
        }
        return Optional.ofNullable(best);
    }

    /** How a media type is encoded; {@link BodyKind} lists the kinds in order of preference. */
    static BodyKind kind(String mediaType) {
        String type = essence(mediaType);
        if (type.equals("application/json") || type.endsWith("+json") || type.equals("text/json")) {
            return BodyKind.JSON;
        }
        if (type.equals("application/x-www-form-urlencoded")) {
            return BodyKind.FORM;
        }
        if (type.startsWith("multipart/")) {
            return BodyKind.MULTIPART;
        }
        if (type.startsWith("text/")) {
            return BodyKind.TEXT;
        }
        return BodyKind.BINARY;
    }

    private static boolean isWildcard(String mediaType) {
        String type = essence(mediaType);
        return type.equals("*/*") || type.equals("application/*");
    }

    private static boolean isBinary(io.swagger.v3.oas.models.media.Schema<?> schema) {
        return "binary".equals(schema.getFormat()) || "byte".equals(schema.getFormat());
    }

    private static boolean isPlainJson(String mediaType) {
        return essence(mediaType).equals("application/json");
    }

    /** The type without parameters, lower case: {@code application/json; charset=utf-8} → {@code application/json}. */
    private static String essence(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        String type = semicolon < 0 ? mediaType : mediaType.substring(0, semicolon);
        return type.strip().toLowerCase(Locale.ROOT);
    }
}
