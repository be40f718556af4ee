package io.github.contractgen.runtime.mqtt;

/**
 * The MQTT protocol version an {@link MqttTransport} speaks.
 *
 * <p>MQTT 5 is the default because only it carries what a contract's message has besides its payload.
 * Choose {@link #MQTT_3_1_1} only for a broker that speaks nothing newer, and know what is lost.
 *
 * @since 0.1.0
 */
public enum MqttProtocolVersion {

    /**
     * MQTT 5: headers travel as user properties, the content type as the Content Type property, the
     * {@value MqttTransport#CORRELATION_ID} and {@value MqttTransport#RESPONSE_TOPIC} bindings as
     * Correlation Data and Response Topic. A W3C {@code traceparent} header therefore crosses the hop.
     */
    MQTT_5,

    /**
     * MQTT 3.1.1: a PUBLISH has a topic, a payload, QoS and retain, nothing else. Headers (and so the
     * {@code traceparent}: a trace ends at the hop), the content type, the key, correlation data and
     * response topic are not sent; the receiver sees none of them. Consumer groups are still shared
     * subscriptions ({@code $share/<group>/<filter>}): an MQTT 5 feature that HiveMQ, Mosquitto, EMQX and
     * VerneMQ accept from 3.1.1 clients as well. A group member connects with {@code cleanSession=false},
     * which has no expiry on the wire: {@link MqttTransport.Builder#sessionExpiry} is not sent, and the
     * broker keeps the session (and its queued messages) as long as its own settings say (HiveMQ:
     * {@code <session-expiry><max-interval>}, never by default; Mosquitto: {@code persistent_client_expiration},
     * never by default). Subscriptions without a group or with a transient one use
     * {@code cleanSession=true}: the broker discards the session when the connection ends.
     */
    MQTT_3_1_1
}
