package io.github.contractgen.generator.conformance;

/**
 * One thing wrong with one request: a validator error about it, or the client refusing to send it.
 *
 * @param contract the contract's file name
 * @param operationId the operation called
 * @param fill whether only the required arguments were given, or every one
 * @param key the validator's message key ({@code validation.request.parameter.query.missing}), or
 *     {@code client.*} when the client failed before sending
 * @param message what is wrong
 */
public record Finding(String contract, String operationId, SampleValues.Fill fill, String key, String message) {

    @Override
    public String toString() {
        return contract + " " + operationId + " [" + fill + "] " + key + ": " + message;
    }
}
