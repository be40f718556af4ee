package io.github.contractgen.runtime.auth;

/**
 * Where a {@link Credential} puts its secret on an outgoing request.
 *
 * <p>Everything set through it is treated as secret: the transport redacts it from logs, observers and
 * exception messages. Credentials therefore never touch the request directly.
 *
 * @since 0.1.0
 */
public interface AuthTarget {

    /** Sets header {@code name} to {@code value}, replacing any value the call set. */
    void header(String name, String value);

    /** Adds query parameter {@code name=value}. */
    void query(String name, String value);

    /** Adds cookie {@code name=value}. */
    void cookie(String name, String value);
}
