package io.github.contractgen.generator.reader.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.generator.model.Contract;
import io.github.contractgen.generator.model.Diagnostic;
import io.github.contractgen.generator.model.EventOperation;
import io.github.contractgen.generator.model.TypeDef;
import io.github.contractgen.generator.model.TypeRef;
import io.github.contractgen.generator.reader.ReadResult;
import io.github.contractgen.generator.reader.AsyncApiReader;
import io.github.contractgen.generator.reader.ReaderOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AsyncApiReaderTest {

    @Test
    void versions2And3WithTheSameMeaningGiveTheSameModel() {
        Contract v2 = contract(AsyncApiFixtures.read("lights-2.6.yaml"));
        Contract v3 = contract(AsyncApiFixtures.read("lights-3.0.yaml"));

        assertThat(operations(v2)).isEqualTo(operations(v3));
        assertThat(types(v2)).isEqualTo(types(v3));
        assertThat(v2.events().get(0).brokers()).isEqualTo(v3.events().get(0).brokers());
    }

    @Test
    void operationsCarryParametersHeadersCorrelationIdTraitsAndUnions() {
        Map<String, EventOperation> operations = byId(contract(AsyncApiFixtures.read("lights-3.0.yaml")));

        EventOperation publish = operations.get("publishMeasured");
        assertThat(publish.action()).isEqualTo(EventOperation.Action.RECEIVE);
        assertThat(publish.address()).isEqualTo("lights/{lightId}/measured");
        assertThat(publish.parameters()).containsExactly(new EventOperation.Parameter("lightId", "The light's id.", List.of()));
        assertThat(publish.bindings()).containsExactly(Map.entry("qos", "1"));
        assertThat(publish.message().payload()).isEqualTo(TypeRef.named("LightMeasured"));
        assertThat(publish.message().headers()).contains(TypeRef.named("LightMeasuredHeaders"));
        assertThat(publish.message().correlationId()).contains(new EventOperation.CorrelationId(true, "/correlationId"));
        // An operation that lists no messages uses every message of its channel.
        assertThat(operations.get("watchMeasured").message()).isEqualTo(publish.message());
        assertThat(operations.get("watchMeasured").action()).isEqualTo(EventOperation.Action.SEND);
        assertThat(operations.get("sendCommand").message().payload()).isEqualTo(TypeRef.named("CommandPayload"));
    }

    @Test
    void aReplyCarriesItsChannelAddressOrTheHeaderThatNamesItAndItsMessage() {
        Map<String, EventOperation> operations = byId(contract(AsyncApiFixtures.read("requests-3.0.yaml")));

        EventOperation.Reply status = operations.get("receiveStatusRequest").reply().orElseThrow();
        assertThat(status.address()).isEqualTo("lights/{lightId}/status/reply");
        assertThat(status.addressLocation()).isEmpty();
        assertThat(status.message().payload()).isEqualTo(TypeRef.named("Status"));
        EventOperation.Reply pong = operations.get("sendPing").reply().orElseThrow();
        assertThat(pong.address()).isEmpty();
        assertThat(pong.addressLocation()).isEqualTo("$message.header#/replyTo");
        assertThat(pong.message().correlationId()).contains(new EventOperation.CorrelationId(true, "/inReplyTo"));
        assertThat(operations.get("sendPing").action()).isEqualTo(EventOperation.Action.SEND);
    }

    @Test
    void anAsyncApi31DocumentReadsAs30(@TempDir Path work) throws IOException {
        String text = Files.readString(AsyncApiFixtures.directory().resolve("requests-3.0.yaml"));
        Path v31 = work.resolve("requests-3.1.yaml");
        Files.writeString(v31, text.replace("asyncapi: 3.0.0", "asyncapi: 3.1.0"));

        Contract read = contract(new AsyncApiReader().read(work, v31, ReaderOptions.defaults()));

        assertThat(operations(read)).isEqualTo(operations(contract(AsyncApiFixtures.read("requests-3.0.yaml"))));
    }

    @Test
    void oneOfPayloadWithABareDiscriminatorBecomesAUnion() {
        Map<String, TypeDef> types = contract(AsyncApiFixtures.read("lights-3.0.yaml")).services().get(0).types().stream()
                .collect(Collectors.toMap(TypeDef::name, t -> t));

        TypeDef.UnionDef union = (TypeDef.UnionDef) types.get("CommandPayload");
        assertThat(union.variants()).containsExactly(TypeRef.named("TurnOn"), TypeRef.named("Dim"));
        assertThat(union.discriminator()).isEqualTo("kind");
        assertThat(types.get("LightMeasuredHeaders")).isInstanceOf(TypeDef.RecordDef.class);
    }

    @Test
    void publishIsWhatTheApplicationReceivesIn2xAsReceiveIsIn3() {
        for (String file : List.of("streetlights-mqtt-2.6.yml", "streetlights-mqtt-3.0.yml")) {
            Map<String, EventOperation> operations = byId(contract(AsyncApiFixtures.readCorpus(file)));
            assertThat(operations.get("receiveLightMeasurement").action()).as(file).isEqualTo(EventOperation.Action.RECEIVE);
            assertThat(operations.get("turnOn").action()).as(file).isEqualTo(EventOperation.Action.SEND);
            assertThat(operations.get("turnOn").bindings()).as(file).containsEntry("qos", "1");
        }
    }

    @Test
    void remoteReferencesAreRefusedWithALocatedError() {
        ReadResult result = AsyncApiFixtures.read("remote.yaml");

        assertThat(result.hasErrors()).isTrue();
        Diagnostic error = result.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertThat(error.location().file()).isEqualTo("remote.yaml");
        assertThat(error.location().line()).isEqualTo(11);
        assertThat(error.message()).contains("https://example.com/schemas/thing.json", "allowRemoteRefs");
    }

    @Test
    void anAvroPayloadIsReadAsBytesWithAWarning() {
        ReadResult result = AsyncApiFixtures.read("avro.yaml");

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.diagnostics()).singleElement().satisfies(warning -> {
            assertThat(warning.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(warning.message()).contains("application/vnd.apache.avro", "raw bytes");
        });
        EventOperation operation = contract(result).events().get(0).operations().get(0);
        assertThat(operation.message().payload()).isEqualTo(TypeRef.scalar(TypeRef.Scalar.BINARY));
    }

    @Test
    void externalJsonSchemasAreTypesNamedAfterTheirFiles() {
        Contract ruter = contract(AsyncApiFixtures.readCorpus("ruter-adt-mqtt-2.3/asyncapi.yml"));
        EventOperation door = byId(ruter).get("sensorsDoorPublish");

        assertThat(door.message().payload()).isEqualTo(TypeRef.named("door"));
        assertThat(door.bindings()).containsEntry("qos", "1").containsEntry("retain", "true");
        assertThat(ruter.services().get(0).types()).extracting(TypeDef::name).contains("assignment-service-window");
    }

    private static Contract contract(ReadResult result) {
        assertThat(result.diagnostics().stream().filter(Diagnostic::isError)).isEmpty();
        return result.contract().orElseThrow();
    }

    private static Map<String, EventOperation> byId(Contract contract) {
        return contract.events().get(0).operations().stream().collect(Collectors.toMap(EventOperation::id, o -> o));
    }

    /** The operations without what names the source: locations and 2.x channel names (their addresses). */
    private static List<List<Object>> operations(Contract contract) {
        return contract.events().get(0).operations().stream()
                .map(o -> List.<Object>of(o.id(), o.action(), o.address(), o.parameters(), o.message(), o.bindings(),
                        o.group(), o.reply().map(Object::toString).orElse(""), o.summary(), o.description()))
                .toList();
    }

    private static List<Object> types(Contract contract) {
        return contract.services().get(0).types().stream().map(type -> List.of(type.name(), type.getClass().getSimpleName(),
                type instanceof TypeDef.RecordDef r ? r.properties() : type instanceof TypeDef.UnionDef u
                        ? List.of(u.variants(), u.discriminator(), u.mapping()) : Optional.empty()))
                .collect(Collectors.toList());
    }
}
