package io.github.contractgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The usage notes of an events service name the members the generated class has (named from the
 * generated side), and say which operations request a reply and which answer one.
 */
class EventsNotesTest {

    @TempDir
    Path root;

    @Test
    void operationsAreListedByTheirGeneratedMembersWithRequestsAndRepliesSaidAsSuch() throws IOException {
        TestProject project = new TestProject(root).write("requests.yaml", resource("/asyncapi/requests-3.0.yaml"))
                .write("lights.yaml", resource("/asyncapi/lights-3.0.yaml"));

        GenerationResult result = Generator.standard().generate(project.request().build());

        assertThat(result.status()).as("%s", result).isEqualTo(GenerationResult.Status.GENERATED);
        assertThat(project.read("com/example/requests/README.md")).contains(
                "- `statusRequest()` (operation `receiveStatusRequest`): requests on `lights/{lightId}/status`,"
                        + " reply on `lights/{lightId}/status/reply`\n",
                "- `ping()` (operation `receivePing`): requests on `pings`, reply on an inbox of its own, named in"
                        + " header `replyTo`\n",
                "- `onStatusRequest(handler)` (operation `sendStatusRequest`): replies to requests from"
                        + " `lights/{lightId}/status`, on `lights/{lightId}/status/reply`\n",
                "- `onPing(handler)` (operation `sendPing`): replies to requests from `pings`, on the address in"
                        + " header `replyTo`\n")
                .doesNotContain("sends to", "receives from");
        assertThat(project.read("com/example/lights/README.md")).contains(
                "- `publishMeasured()` (operation `publishMeasured`): sends to `lights/{lightId}/measured`\n",
                "- `onCommand(handler)` (operation `sendCommand`): receives from `lights/{lightId}/command`\n")
                .doesNotContain("requests on", "replies to");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = EventsNotesTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
