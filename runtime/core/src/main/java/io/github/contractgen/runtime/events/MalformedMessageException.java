package io.github.contractgen.runtime.events;

import io.github.contractgen.runtime.ContractgenException;

/**
 * A received message that breaks the contract: its payload or headers do not decode into the types the
 * contract declares. Decoding the same bytes again fails again, so {@link Delivery} does not retry it:
 * a handler that throws this (generated consumers do, through {@link IncomingMessage#decode}, before
 * their handler is called) has its message handed to the dead-letter callback at once, after one
 * attempt, with this exception and its reason.
 *
 * @since 0.1.0
 */
public class MalformedMessageException extends ContractgenException {

    private static final long serialVersionUID = 1L;

    public MalformedMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
