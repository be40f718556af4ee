package io.github.contractgen.generator.emit.events;

import com.palantir.javapoet.ClassName;

/** The runtime classes generated event clients call, named in one place. */
final class EventRuntime {

    static final String RUNTIME = "io.github.contractgen.runtime";
    static final String EVENTS = RUNTIME + ".events";

    static final ClassName EVENT_CLIENT = ClassName.get(EVENTS, "EventClient");
    static final ClassName EVENT_TRANSPORT = ClassName.get(EVENTS, "EventTransport");
    static final ClassName TRANSPORT_BUILDER = EVENT_TRANSPORT.nestedClass("Builder");
    static final ClassName IN_MEMORY = ClassName.get(EVENTS, "InMemoryTransport");
    static final ClassName OUTGOING = ClassName.get(EVENTS, "OutgoingMessage");
    static final ClassName CORRELATION_IDS = ClassName.get(EVENTS, "CorrelationIds");
    static final ClassName INCOMING = ClassName.get(EVENTS, "IncomingMessage");
    static final ClassName SUBSCRIPTION = ClassName.get(EVENTS, "Subscription");
    static final ClassName SUBSCRIPTION_SPEC = ClassName.get(EVENTS, "SubscriptionSpec");
    static final ClassName ADDRESS_PATTERN = ClassName.get(EVENTS, "AddressPattern");
    static final ClassName DELIVERY_POLICY = ClassName.get(EVENTS, "DeliveryPolicy");
    static final ClassName REQUEST_SPEC = ClassName.get(EVENTS, "RequestSpec");
    static final ClassName DEAD_LETTERS = ClassName.get(EVENTS, "DeadLetterHandler");
    static final ClassName TLS_CONFIG = ClassName.get(RUNTIME, "TlsConfig");
    static final ClassName TRANSPORT_EXCEPTION = ClassName.get(RUNTIME, "TransportException");
    static final ClassName OBSERVER = ClassName.get(RUNTIME + ".observe", "Observer");
    static final ClassName JSON_CODEC = ClassName.get(RUNTIME + ".json", "JsonCodec");
    static final ClassName JSON_TYPE = ClassName.get(RUNTIME + ".json", "JsonType");
    static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");
    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    private EventRuntime() {}
}
