package io.github.contractgen.runtime.kafka;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.contractgen.runtime.events.IncomingMessage;
import io.github.contractgen.runtime.events.OutgoingMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/** Converts between contractgen messages and Kafka records. */
final class KafkaRecords {

    /** The header that carries the content type, which Kafka records have no field for. */
    static final String CONTENT_TYPE = "content-type";

    private KafkaRecords() {}

    static ProducerRecord<byte[], byte[]> toRecord(OutgoingMessage message) {
        List<Header> headers = new ArrayList<>();
        message.headers().forEach((name, value) -> headers.add(new RecordHeader(name, value.getBytes(UTF_8))));
        if (message.contentType() != null) {
            headers.add(new RecordHeader(CONTENT_TYPE, message.contentType().getBytes(UTF_8)));
        }
        return new ProducerRecord<>(message.address(), null, message.key(), message.payload(), headers);
    }

    static IncomingMessage toMessage(ConsumerRecord<byte[], byte[]> record) {
        Map<String, String> headers = new TreeMap<>();
        String contentType = null;
        for (Header header : record.headers()) {
            String value = header.value() == null ? "" : new String(header.value(), UTF_8);
            if (header.key().equals(CONTENT_TYPE)) {
                contentType = value;
            } else {
                headers.put(header.key(), value); // a repeated header: the last one wins
            }
        }
        byte[] payload = record.value() == null ? new byte[0] : record.value();
        Map<String, String> bindings = Map.of("partition", Integer.toString(record.partition()),
                "offset", Long.toString(record.offset()));
        return new IncomingMessage(record.topic(), record.key(), headers, payload, contentType, bindings);
    }
}
