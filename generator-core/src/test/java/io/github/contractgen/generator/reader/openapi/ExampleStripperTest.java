package io.github.contractgen.generator.reader.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Examples go, whatever is named "example" stays. */
class ExampleStripperTest {

    private static JsonNode strip(String json) throws Exception {
        JsonNode root = new ObjectMapper().readTree(json.replace('\'', '"'));
        ExampleStripper.strip(root);
        return root;
    }

    @Test
    void examplesOfSchemasMediaTypesAndParametersAreRemoved() throws Exception {
        JsonNode root = strip("{'paths': {'/a': {'get': {"
                + "'parameters': [{'name': 'q', 'in': 'query', 'example': 'x', 'schema': {'type': 'string'}}],"
                + "'responses': {'200': {'content': {'application/json': {'schema': {'type': 'object', 'example': {'k': 1}},"
                + "'examples': {'one': {'value': [1, 2, 3]}}}}}}}}},"
                + "'components': {'examples': {'big': {'value': 'x'}}}}");

        assertThat(root.toString()).doesNotContain("example");
        assertThat(root.at("/paths/~1a/get/parameters/0/schema/type").asText()).isEqualTo("string");
        assertThat(root.at("/paths/~1a/get/responses/200/content/application~1json/schema/type").asText()).isEqualTo("object");
    }

    @Test
    void namesThatAreExampleAndLiteralDataAreKept() throws Exception {
        JsonNode root = strip("{'components': {'schemas': {'example': {'type': 'object', 'properties': {"
                + "'example': {'type': 'string', 'default': {'example': 1}, 'enum': ['example']},"
                + "'examples': {'type': 'array', 'x-note': {'example': true}}}}}}}");

        assertThat(root.at("/components/schemas/example/properties/example/type").asText()).isEqualTo("string");
        assertThat(root.at("/components/schemas/example/properties/example/default/example").asInt()).isEqualTo(1);
        assertThat(root.at("/components/schemas/example/properties/examples/type").asText()).isEqualTo("array");
        assertThat(root.at("/components/schemas/example/properties/examples/x-note/example").asBoolean()).isTrue();
    }
}
