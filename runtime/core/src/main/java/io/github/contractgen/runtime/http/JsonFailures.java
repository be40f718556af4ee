package io.github.contractgen.runtime.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.StringJoiner;

/**
 * Says why a body did not decode as JSON without quoting the body: where (line, column, property
 * path) and what kind of failure, never the offending text, which may be a secret the server leaked.
 */
final class JsonFailures {

    private JsonFailures() {}

    static String describe(Throwable failure) {
        if (failure instanceof JsonMappingException mapping) {
            return "it does not match the declared type at " + path(mapping) + location(mapping.getLocation());
        }
        if (failure instanceof StreamReadException read) {
            return "it is not valid JSON" + location(read.getLocation());
        }
        if (failure instanceof JsonProcessingException processing) {
            return "it is not valid JSON" + location(processing.getLocation());
        }
        return failure == null ? "unknown failure" : failure.getClass().getSimpleName();
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
