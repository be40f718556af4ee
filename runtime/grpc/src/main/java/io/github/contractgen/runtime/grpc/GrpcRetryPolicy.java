package io.github.contractgen.runtime.grpc;

import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A gRPC service config that retries the methods that may safely be sent twice, for
 * {@link GrpcChannels.Builder#retryPolicy(GrpcRetryPolicy)}.
 *
 * <p>A method is retried only when its descriptor says it is safe or idempotent, which generated code
 * sets from the contract's {@code idempotency_level} ({@code NO_SIDE_EFFECTS} or {@code IDEMPOTENT}).
 * Everything else is sent once: gRPC would otherwise retry a non-idempotent call whose first attempt
 * reached the server. By default only {@code UNAVAILABLE} is retried, three attempts in all, with
 * exponential backoff from 100 ms to 2 s. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class GrpcRetryPolicy {

    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final double backoffMultiplier;
    private final Set<Status.Code> retryableCodes;
    private final Set<String> methods;

    private GrpcRetryPolicy(Builder builder) {
        this.maxAttempts = builder.maxAttempts;
        this.initialBackoff = builder.initialBackoff;
        this.maxBackoff = builder.maxBackoff;
        this.backoffMultiplier = builder.backoffMultiplier;
        this.retryableCodes = EnumSet.copyOf(builder.retryableCodes);
        this.methods = new TreeSet<>(builder.methods);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether the contract allows retrying {@code method}: it is marked safe or idempotent. */
    public static boolean allowsRetry(MethodDescriptor<?, ?> method) {
        return method.isSafe() || method.isIdempotent();
    }

    /** The full method names ({@code pkg.Service/Method}) that are retried, sorted. */
    public Set<String> methods() {
        return java.util.Collections.unmodifiableSet(methods);
    }

    /** The service config in the JSON-like form {@code ManagedChannelBuilder.defaultServiceConfig} takes. */
    public Map<String, ?> serviceConfig() {
        if (methods.isEmpty()) {
            return Map.of();
        }
        List<Map<String, ?>> names = new ArrayList<>();
        for (String method : methods) {
            int slash = method.indexOf('/');
            names.add(Map.of("service", method.substring(0, slash), "method", method.substring(slash + 1)));
        }
        Map<String, Object> policy = new LinkedHashMap<>();
        // The service config is parsed as JSON: numbers must be doubles, durations strings in seconds.
        policy.put("maxAttempts", (double) maxAttempts);
        policy.put("initialBackoff", seconds(initialBackoff));
        policy.put("maxBackoff", seconds(maxBackoff));
        policy.put("backoffMultiplier", backoffMultiplier);
        policy.put("retryableStatusCodes", retryableCodes.stream().map(Enum::name).sorted().toList());
        return Map.of("methodConfig", List.of(Map.of("name", names, "retryPolicy", policy)));
    }

    private static String seconds(Duration duration) {
        return duration.getSeconds() + "." + String.format(java.util.Locale.ROOT, "%09d", duration.getNano()) + "s";
    }

    /** Collects the retry policy and the methods it applies to. */
    public static final class Builder {
        private int maxAttempts = 3;
        private Duration initialBackoff = Duration.ofMillis(100);
        private Duration maxBackoff = Duration.ofSeconds(2);
        private double backoffMultiplier = 2.0;
        private Set<Status.Code> retryableCodes = EnumSet.of(Status.Code.UNAVAILABLE);
        private final Set<String> methods = new TreeSet<>();

        private Builder() {}

        /** Attempts in all, the first included: 2 to 5 (gRPC caps it at 5). */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 2 || maxAttempts > 5) {
                throw new IllegalArgumentException("maxAttempts must be 2 to 5, was " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        public Builder backoff(Duration initial, Duration max, double multiplier) {
            Objects.requireNonNull(initial, "initial");
            Objects.requireNonNull(max, "max");
            if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0 || multiplier <= 0) {
                throw new IllegalArgumentException("backoff needs 0 < initial <= max and multiplier > 0, was "
                        + initial + ", " + max + ", " + multiplier);
            }
            this.initialBackoff = initial;
            this.maxBackoff = max;
            this.backoffMultiplier = multiplier;
            return this;
        }

        public Builder retryableCodes(Collection<Status.Code> codes) {
            if (codes.isEmpty() || codes.contains(Status.Code.OK)) {
                throw new IllegalArgumentException("retryableCodes must be failure codes, was " + codes);
            }
            this.retryableCodes = EnumSet.copyOf(codes);
            return this;
        }

        /** Adds the methods among {@code descriptors} whose descriptor allows retries; ignores the rest. */
        public Builder methods(Collection<? extends MethodDescriptor<?, ?>> descriptors) {
            for (MethodDescriptor<?, ?> method : descriptors) {
                if (allowsRetry(method)) {
                    methods.add(method.getFullMethodName());
                }
            }
            return this;
        }

        public GrpcRetryPolicy build() {
            return new GrpcRetryPolicy(this);
        }
    }
}
