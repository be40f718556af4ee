package io.github.contractgen.generator.naming;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Names of the members of a generated events class, read from the generated side.
 *
 * <p>An AsyncAPI operation id is written from the side of the application the document describes,
 * while generated code is its counterpart: an operation {@code receiveOrder} is one the generated code
 * <em>sends</em>, so {@code receiveOrder().send(...)} says the opposite of what it does. When an id
 * starts with a verb of the described application's direction, the member is named after what travels
 * instead: the operation's one message ({@code orderPlaced().send(...)}), else its channel when the
 * channel's name is a plain word, else the id without the verb. Other ids stay as they are. The result
 * is a stem; {@link NameScope} makes it unique, and callers fall back to the id on a clash so that a
 * derived name never displaces one the contract spells out.
 */
public final class EventNames {

    /** First words that say the described application receives (the generated code sends). */
    private static final Set<String> RECEIVING = Set.of("receive", "consume", "subscribe", "on", "handle", "process",
            "listen");
    /** First words that say the described application sends (the generated code receives). */
    private static final Set<String> SENDING = Set.of("send", "publish", "emit", "produce");

    private EventNames() {}

    /**
     * The stem (as a type name, {@code OrderPlaced}) to name an operation's member after, when its id
     * reads backwards from the generated side; empty when the id reads well as it is.
     *
     * @param operationId the contract's operation id
     * @param generatedSends whether the generated code sends on the operation
     * @param messageNames the names of the operation's messages, in contract order
     * @param channel the channel's name (3.0 key, 2.x address)
     */
    public static Optional<String> derivedStem(String operationId, boolean generatedSends, List<String> messageNames,
            String channel) {
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(messageNames, "messageNames");
        Objects.requireNonNull(channel, "channel");
        List<String> words = JavaNames.words(operationId);
        if (words.isEmpty() || !(generatedSends ? RECEIVING : SENDING).contains(words.get(0).toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        Set<String> distinct = new LinkedHashSet<>(messageNames);
        if (distinct.size() == 1 && !JavaNames.words(distinct.iterator().next()).isEmpty()) {
            return Optional.of(JavaNames.typeName(distinct.iterator().next()));
        }
        if (channel.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            return Optional.of(JavaNames.typeName(channel));
        }
        if (words.size() > 1) {
            return Optional.of(JavaNames.typeName(String.join("-", words.subList(1, words.size()))));
        }
        return Optional.empty();
    }
}
