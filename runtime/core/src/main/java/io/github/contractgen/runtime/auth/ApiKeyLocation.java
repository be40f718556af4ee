package io.github.contractgen.runtime.auth;

/**
 * Where an API key travels, as the contract's {@code in} says.
 *
 * @since 0.1.0
 */
public enum ApiKeyLocation { HEADER, QUERY, COOKIE }
