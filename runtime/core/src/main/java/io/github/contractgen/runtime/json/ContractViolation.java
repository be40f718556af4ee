package io.github.contractgen.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A value that is valid JSON but breaks the contract, with a message that is safe to show: it says
 * what kind of value was wrong, never the value itself (a body may hold secrets).
 */
final class ContractViolation extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    ContractViolation(JsonParser parser, String reason, Class<?> type) {
        super(parser, reason, type);
    }
}
