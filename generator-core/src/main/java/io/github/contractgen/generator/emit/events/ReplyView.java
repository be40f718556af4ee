package io.github.contractgen.generator.emit.events;

import com.palantir.javapoet.TypeName;
import io.github.contractgen.generator.model.EventOperation;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the requests of a request/reply operation are answered, decided once for both sides.
 *
 * <p>The reply address is the reply channel's, with the request's parameter values filled in, when
 * every placeholder in it is one of the request's; otherwise (no reply channel address, or one with
 * placeholders the request does not have) the requesting side uses an address of its own,
 * {@code EventClient.inbox}, and must tell the replying side: in the header the contract's
 * {@code reply.address.location} names ({@code $message.header#/replyTo}), else in {@code replyTo}.
 * The correlation id travels in the header the request message declares for it, else in
 * {@code correlationId}; the reply carries it back in its own declared header, else in the same one.
 *
 * @param payload the reply payload's Java type
 * @param template the reply address template, empty when the requesting side uses its own inbox
 * @param addressHeader the request header carrying the reply address, empty when the address is fixed
 * @param correlationHeader the request header carrying the correlation id
 * @param replyCorrelationHeader the reply header carrying it back
 */
record ReplyView(EventOperation.Reply reply, TypeName payload, String template, Optional<String> addressHeader,
        String correlationHeader, String replyCorrelationHeader) {

    static final String DEFAULT_ADDRESS_HEADER = "replyTo";
    static final String DEFAULT_CORRELATION_HEADER = "correlationId";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}/]+)}");
    private static final String HEADER_EXPRESSION = "$message.header#";

    static ReplyView of(EventOperation operation, EventOperation.Reply reply, TypeName payload) {
        String template = usable(reply.address(), operation) ? reply.address() : "";
        Optional<String> header = reply.addressLocation().startsWith(HEADER_EXPRESSION)
                ? Optional.of(new EventOperation.CorrelationId(true,
                        reply.addressLocation().substring(HEADER_EXPRESSION.length())).property()).filter(h -> !h.isEmpty())
                : Optional.empty();
        if (header.isEmpty() && template.isEmpty()) {
            header = Optional.of(DEFAULT_ADDRESS_HEADER);
        }
        String correlation = headerOf(operation.message()).orElse(DEFAULT_CORRELATION_HEADER);
        return new ReplyView(reply, payload, template, header, correlation, headerOf(reply.message()).orElse(correlation));
    }

    /** Whether the requesting side can fill {@code address} from the request's parameters. */
    private static boolean usable(String address, EventOperation operation) {
        if (address.isEmpty()) {
            return false;
        }
        Set<String> known = new HashSet<>();
        operation.parameters().forEach(parameter -> known.add(parameter.name()));
        Matcher matcher = PLACEHOLDER.matcher(address);
        while (matcher.find()) {
            if (!known.contains(matcher.group(1))) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> headerOf(EventOperation.Message message) {
        return message.correlationId().filter(EventOperation.CorrelationId::inHeaders)
                .map(EventOperation.CorrelationId::property).filter(name -> !name.isEmpty());
    }

    /** The reply address template observers see: the contract's, else the request's marked as its reply. */
    String target(EventOperation operation) {
        return reply.address().isEmpty() ? operation.address() + " (reply)" : reply.address();
    }

    /** Whether the requesting side answers to an inbox of its own rather than a contract address. */
    boolean usesInbox() {
        return template.isEmpty();
    }
}
