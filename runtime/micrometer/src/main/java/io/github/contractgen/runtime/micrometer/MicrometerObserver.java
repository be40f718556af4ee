package io.github.contractgen.runtime.micrometer;

import io.github.contractgen.runtime.observe.AttemptInfo;
import io.github.contractgen.runtime.observe.CallInfo;
import io.github.contractgen.runtime.observe.CallResult;
import io.github.contractgen.runtime.observe.Observation;
import io.github.contractgen.runtime.observe.Observer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.Objects;

/**
 * Records every call of a generated client in a Micrometer {@link MeterRegistry}: one timer per call
 * and one counter of attempts, for REST, gRPC and event clients alike.
 *
 * <p>Meters (names in Micrometer's dotted form; a Prometheus registry shows
 * {@code contractgen_client_calls_seconds_count} and so on):
 * <ul>
 *   <li>{@value #CALLS}: a timer of whole calls, retries and backoff included, tagged
 *       {@code service}, {@code operation}, {@code kind}, {@code method}, {@code outcome}
 *       ({@code SUCCESS}, {@code CLIENT_ERROR}, {@code SERVER_ERROR}, {@code ERROR}) and {@code status}
 *       (the HTTP status, the gRPC code's name, or {@code NONE});</li>
 *   <li>{@value #ATTEMPTS}: a counter of attempts, tagged {@code service}, {@code operation},
 *       {@code kind}, {@code method}, {@code outcome}, {@code status} and {@code retry}
 *       ({@code true} for every attempt after the first), so that retries are counted apart.</li>
 * </ul>
 * The names say "client" because the calls are the client's side of a contract; a received message is
 * a call too, with kind {@code MESSAGE_RECEIVE}. Every tag comes from the contract (service,
 * operation, method) or from a small fixed set, so that the number of time series stays bounded:
 * never a URL, a path parameter, a header value or an error message. Thread-safe.
 *
 * @since 0.1.0
 */
public final class MicrometerObserver implements Observer {

    /** The timer of whole calls. */
    public static final String CALLS = "contractgen.client.calls";
    /** The counter of attempts. */
    public static final String ATTEMPTS = "contractgen.client.attempts";

    private final MeterRegistry registry;

    public MicrometerObserver(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public Observation start(CallInfo call) {
        Timer.Sample sample = Timer.start(registry);
        Tags callTags = Tags.of(
                "service", call.service(),
                "operation", call.operation(),
                "kind", call.kind().name(),
                "method", call.method());
        return new Observation() {
            @Override
            public void onAttempt(AttemptInfo attempt) {
                Counter.builder(ATTEMPTS)
                        .description("Attempts of calls made by contractgen clients, retries included")
                        .tags(callTags)
                        .tags(Outcomes.tags(call.kind(), attempt.status(), attempt.error()))
                        .tag("retry", Boolean.toString(attempt.attempt() > 1))
                        .register(registry)
                        .increment();
            }

            @Override
            public void onEnd(CallResult result) {
                sample.stop(Timer.builder(CALLS)
                        .description("Calls made by contractgen clients, from start to end, retries included")
                        .tags(callTags)
                        .tags(Outcomes.tags(call.kind(), result.status(), result.error()))
                        .register(registry));
            }
        };
    }
}
