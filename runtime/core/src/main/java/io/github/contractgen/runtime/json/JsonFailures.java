package io.github.contractgen.runtime.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import java.util.StringJoiner;

/**
 * Says why JSON did not decode (or a value did not encode) without quoting it: where (the JSON path,
 * such as {@code $.items[2].count}, and line and column) and what kind of failure, never the
 * offending text, which may be a secret the server leaked.
 */
final class JsonFailures {

    private JsonFailures() {}

    static String describe(Throwable failure) {
        if (failure instanceof JsonMappingException mapping) {
            return path(mapping) + ": " + reason(mapping) + location(mapping.getLocation());
        }
        if (failure instanceof JsonProcessingException processing) {
            return "it is not valid JSON" + location(processing.getLocation());
        }
        return failure == null ? "unknown failure" : failure.getClass().getSimpleName();
    }

    private static String reason(JsonMappingException mapping) {
        if (mapping instanceof ContractViolation) {
            return mapping.getOriginalMessage();
        }
        if (mapping instanceof InvalidTypeIdException) {
            return "a discriminator value the contract does not name";
        }
        if (mapping instanceof InvalidNullException) {
            return "null where the contract requires a value";
        }
        if (mapping.getCause() instanceof InputCoercionException) {
            return "a number out of the range of the declared type";
        }
        // Jackson's own messages quote values; these two, recognised by how they start, do not help.
        String message = String.valueOf(mapping.getOriginalMessage());
        if (message.startsWith("Missing required creator property")) {
            return "a required property is missing";
        }
        if (message.startsWith("Cannot map `null`")) {
            return "null where the contract requires a value";
        }
        return "a value that does not match the declared type";
    }

    private static String path(JsonMappingException mapping) {
        StringJoiner path = new StringJoiner("", "$", "");
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            path.add(reference.getFieldName() != null ? "." + reference.getFieldName()
                    : "[" + reference.getIndex() + "]");
        }
        return path.toString();
    }

    private static String location(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
