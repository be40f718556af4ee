package io.github.contractgen.generator.template;

/**
 * A template that cannot be loaded, parsed or rendered; the message names the template and the line.
 *
 * <p>Templates are the user's (or our) configuration, not contracts: a bad one is reported as a
 * configuration error of the whole run.
 */
public final class TemplateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TemplateException(String message) {
        super(message);
    }

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
