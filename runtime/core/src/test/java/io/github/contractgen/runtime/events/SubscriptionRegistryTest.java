package io.github.contractgen.runtime.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The bookkeeping every transport shares: subscriptions kept until closed, none after the transport closed. */
class SubscriptionRegistryTest {

    /** Counts its drains and releases. */
    private static final class Counting extends DeliveringSubscription {
        final AtomicInteger drains = new AtomicInteger();
        final AtomicInteger releases = new AtomicInteger();

        Counting() {
            super(new Delivery(SubscriptionSpec.of("a/{b}", null), message -> { }));
        }

        @Override
        protected void drain() {
            drains.incrementAndGet();
        }

        @Override
        protected void release() {
            releases.incrementAndGet();
        }
    }

    @Test
    void closeAllClosesEachOpenSubscriptionOnceAndThenRefusesNewOnes() {
        SubscriptionRegistry<Counting> registry = new SubscriptionRegistry<>("Test transport");
        Counting first = registry.add("a/{b}", open -> new Counting());
        Counting second = registry.add("a/{b}", open -> {
            assertThat(open).containsExactly(first);
            return new Counting();
        });

        assertThat(registry.closeAll()).isTrue();
        assertThat(registry.closeAll()).isFalse();
        first.close();
        for (Counting subscription : List.of(first, second)) {
            assertThat(subscription.isClosed()).isTrue();
            assertThat(subscription.drains).hasValue(1);
            assertThat(subscription.releases).hasValue(1);
            assertThat(subscription.delivery().isStopped()).isTrue();
        }
        assertThatThrownBy(() -> registry.add("x/y", open -> new Counting()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Test transport is closed; cannot subscribe to 'x/y'");
    }

    @Test
    void closedSubscriptionsAreForgotten() {
        SubscriptionRegistry<Counting> registry = new SubscriptionRegistry<>("Test transport");
        Counting closed = registry.add("a/{b}", open -> new Counting());
        closed.close();
        registry.add("a/{b}", open -> {
            assertThat(open).isEmpty();
            return new Counting();
        });
        assertThat(closed.drains).hasValue(1);
    }
}
