package io.github.contractgen.generator.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conformance run finds a client that drifted from its contract: it can fail. */
class ContractConformanceSelfTest {

    @TempDir
    Path work;

    @Test
    void aClientGeneratedFromAnotherContractIsFoundOutInBothFills() throws Exception {
        Path resources = Path.of("src/test/resources/conformance").toAbsolutePath();

        ContractConformance.Report report = ContractConformance.check(resources.resolve("drift-client.yaml"),
                resources.resolve("drift-server.yaml"), work);

        assertThat(report.operations()).isEqualTo(1);
        assertThat(report.requests()).isEqualTo(2);
        assertThat(report.findings()).extracting(Finding::operationId).containsOnly("listItems");
        // The header the server requires is missing whatever is filled; the array, joined by commas (explode
        // false) where the server expects it exploded, is one value that is no integer, when it is sent at all.
        assertThat(report.findings()).filteredOn(f -> f.key().equals("validation.request.parameter.header.missing"))
                .extracting(Finding::fill).containsExactly(SampleValues.Fill.REQUIRED, SampleValues.Fill.EVERYTHING);
        assertThat(report.findings()).filteredOn(f -> f.key().equals("validation.request.parameter.schema.type"))
                .extracting(Finding::fill).containsExactly(SampleValues.Fill.EVERYTHING);
    }
}
