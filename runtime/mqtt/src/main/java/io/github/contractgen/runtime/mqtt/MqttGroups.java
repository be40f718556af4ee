package io.github.contractgen.runtime.mqtt;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.contractgen.runtime.events.SubscriptionSpec;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * How a consumer group becomes MQTT: a shared subscription {@code $share/<group>/<filter>}, so that the
 * members of one group compete for its messages as they do on Kafka, and the persistent session each
 * member keeps.
 *
 * <p>A member's session is {@code <clientId>-<group>-<filter hash>-<n>}: the filter's hash, because a
 * resumed session brings back the subscriptions it had, and a session of the same group on another
 * filter would hand this subscription messages it must not take; {@code n}, the lowest number no live
 * member of the same group and filter on this transport uses, because two connections with one client
 * id take each other's session over. The same subscriptions made again after a restart (with a stable
 * client id) therefore resume the same sessions. A transient group's member (an
 * {@link io.github.contractgen.runtime.events.EventClient}'s replies) has the same client id, but a clean
 * session that ends with its connection.
 */
final class MqttGroups {

    private MqttGroups() {}

    /** The filter {@code spec} subscribes with: shared when it has a group. */
    static String filter(SubscriptionSpec spec) {
        String filter = spec.pattern().toFilter('/', "+");
        return spec.group() == null ? filter : "$share/" + checked(spec.group()) + "/" + filter;
    }

    /**
     * {@code group} when it can be an MQTT share name (MQTT 5 section 4.8.2: at least one character,
     * none of {@code /}, {@code +}, {@code #}). Refused rather than escaped: an escaped name could be
     * another group's, and the broker's tools would show a name nobody wrote.
     */
    static String checked(String group) {
        if (group.isEmpty() || group.indexOf('/') >= 0 || group.indexOf('+') >= 0 || group.indexOf('#') >= 0
                || group.indexOf('\u0000') >= 0) {
            throw new IllegalArgumentException("MQTT consumer group '" + group + "' cannot name a shared subscription"
                    + " ($share/<group>/<filter>): a group must not be empty nor contain '/', '+', '#' or U+0000");
        }
        return group;
    }

    /** The lowest member number (from 1) that no live subscription of {@code spec}'s group and pattern uses. */
    static int freeMember(List<MqttSubscription> live, SubscriptionSpec spec) {
        int member = 1;
        boolean taken = true;
        while (taken) {
            taken = false;
            for (MqttSubscription other : live) {
                if (other.member() == member && spec.group().equals(other.group())
                        && spec.addressPattern().equals(other.addressPattern())) {
                    taken = true;
                    member++;
                    break;
                }
            }
        }
        return member;
    }

    /** The client id of member {@code member} of {@code spec}'s group: its persistent session's name. */
    static String sessionId(String clientId, SubscriptionSpec spec, int member) {
        CRC32 crc = new CRC32();
        crc.update(filter(spec).getBytes(UTF_8));
        return clientId + "-" + spec.group() + "-" + String.format(Locale.ROOT, "%08x", crc.getValue()) + "-" + member;
    }
}
