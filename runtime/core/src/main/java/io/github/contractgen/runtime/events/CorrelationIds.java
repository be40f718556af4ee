package io.github.contractgen.runtime.events;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Correlation ids for messages whose contract declares one only so that they can be traced: random
 * version-4 UUIDs in text form, drawn from {@link ThreadLocalRandom}.
 *
 * <p>Not {@link UUID#randomUUID()}: its {@code SecureRandom} took a sixth of a generated producer's
 * send in a profile, and such an id guards nothing. Requests keep {@code randomUUID} (see
 * {@link EventClient#request}): there a guessable id would let a third party answer in the service's
 * place.
 *
 * @since 0.1.0
 */
public final class CorrelationIds {

    private CorrelationIds() {}

    /** A new id, such as {@code 3f1c9a3e-5d0b-4c7e-9a61-0d2e8b7c4f15}. */
    public static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L; // version 4
        long low = random.nextLong() & ~0xC000000000000000L | 0x8000000000000000L; // the IETF variant
        return new UUID(high, low).toString();
    }
}
