package io.github.contractgen.runtime.http;

/**
 * How a query parameter's value is serialised, as OpenAPI's {@code style} says.
 *
 * @since 0.1.0
 */
public enum QueryStyle {
    /** {@code id=1&id=2} when exploded, {@code id=1,2} when not; objects as {@code k=v} or {@code name=k,v}. */
    FORM,
    /** {@code id=1%202}; exploded it is the same as {@link #FORM}. */
    SPACE_DELIMITED,
    /** {@code id=1|2}; exploded it is the same as {@link #FORM}. */
    PIPE_DELIMITED,
    /** {@code name[key]=value} for maps and records. */
    DEEP_OBJECT
}
