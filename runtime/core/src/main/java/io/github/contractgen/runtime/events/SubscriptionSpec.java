package io.github.contractgen.runtime.events;

import io.github.contractgen.runtime.observe.CallInfo;
import io.github.contractgen.runtime.observe.Observer;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What to subscribe to and how to deliver it.
 *
 * <p>The address pattern is a channel address in which {@code {name}} placeholders match one level
 * each (see {@link AddressPattern}). Subscriptions with the same group compete for messages (each
 * message goes to one of them); different groups each get every message. Build one with
 * {@link #of(String, String)} and the {@code with*} methods.
 *
 * @param addressPattern the channel address, with {@code {param}} placeholders
 * @param group the consumer group, or null for a group of its own (in memory; Kafka requires one)
 * @param policy retries of a failing handler
 * @param deadLetters where a message goes after its last failed attempt
 * @param bindings transport-specific settings, e.g. MQTT {@code qos}
 * @param observer told of every delivery (one call per message, one attempt per handler call)
 * @param call what the observer is told the call is, or null to observe nothing
 * @since 0.1.0
 */
public record SubscriptionSpec(String addressPattern, @Nullable String group, DeliveryPolicy policy,
        DeadLetterHandler deadLetters, Map<String, String> bindings, Observer observer, @Nullable CallInfo call) {

    /**
     * The binding that, set to {@code true}, says the group exists only for this one subscription and
     * only while it is open: nobody will resume it, so a transport keeps no state for it on the broker
     * once it closes (MQTT: a session that ends with the connection; Kafka: the consumer group is
     * deleted). {@link EventClient} sets it on the subscription that waits for replies, since a reply
     * for a requester that is gone is useless. Transports that keep no such state ignore it.
     */
    public static final String TRANSIENT_GROUP_BINDING = "transientGroup";

    public SubscriptionSpec {
        AddressPattern.of(addressPattern);
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(deadLetters, "deadLetters");
        bindings = SortedStrings.of(bindings, "bindings");
        Objects.requireNonNull(observer, "observer");
    }

    /** Default policy, dead letters logged, no bindings, not observed. */
    public static SubscriptionSpec of(String addressPattern, @Nullable String group) {
        return new SubscriptionSpec(addressPattern, group, DeliveryPolicy.defaults(), DeadLetterHandler.LOG,
                Map.of(), Observer.NOOP, null);
    }

    public SubscriptionSpec withPolicy(DeliveryPolicy policy) {
        return new SubscriptionSpec(addressPattern, group, policy, deadLetters, bindings, observer, call);
    }

    public SubscriptionSpec withDeadLetters(DeadLetterHandler deadLetters) {
        return new SubscriptionSpec(addressPattern, group, policy, deadLetters, bindings, observer, call);
    }

    public SubscriptionSpec withBindings(Map<String, String> bindings) {
        return new SubscriptionSpec(addressPattern, group, policy, deadLetters, bindings, observer, call);
    }

    /** This spec observed by {@code observer} as {@code call}; {@link EventClient} sets it. */
    public SubscriptionSpec observedBy(Observer observer, CallInfo call) {
        return new SubscriptionSpec(addressPattern, group, policy, deadLetters, bindings, observer,
                Objects.requireNonNull(call, "call"));
    }

    /** This spec with {@link #TRANSIENT_GROUP_BINDING} set: its group is left behind on the broker by nobody. */
    public SubscriptionSpec withTransientGroup() {
        Map<String, String> marked = new TreeMap<>(bindings);
        marked.put(TRANSIENT_GROUP_BINDING, "true");
        return withBindings(marked);
    }

    /** Whether {@link #TRANSIENT_GROUP_BINDING} is {@code true}. */
    public boolean transientGroup() {
        return "true".equals(bindings.get(TRANSIENT_GROUP_BINDING));
    }

    /** The parsed {@link #addressPattern()}. */
    public AddressPattern pattern() {
        return AddressPattern.of(addressPattern);
    }
}
