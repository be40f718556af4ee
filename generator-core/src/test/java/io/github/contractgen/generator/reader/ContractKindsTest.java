package io.github.contractgen.generator.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.generator.model.ContractKind;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The kind of a contract comes from its content. */
class ContractKindsTest {

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            openapi: 3.0.3\\ninfo: {}                                            | OPENAPI
            # comment\\n---\\nswagger: "2.0"\\n                                 | OPENAPI
            "openapi": 3.1.0                                                    | OPENAPI
            asyncapi: 3.0.0\\nchannels: {}                                      | ASYNCAPI
            {"info": {"openapi": "nested"}, "openapi": "3.0.0"}                 | OPENAPI
            {"info": {"title": "x"}, "swagger": "2.0"}                          | OPENAPI
            \\n  {"asyncapi": "2.6.0"}                                          | ASYNCAPI
            {"info": {"openapi": "nested only"}}                                | NONE
            info:\\n  openapi: nested\\n                                        | NONE
            syntax = "proto3";\\npackage a.b;                                   | PROTO
            // c\\nedition = "2023";                                            | PROTO
            /* syntax = "proto3"; */\\nmessage Ping {\\n}                       | PROTO
            service Greeter {}                                                  | PROTO
            package a.b;                                                        | PROTO
            // syntax = "proto3";                                               | NONE
            name: config\\nvalues: [1, 2]                                       | NONE
            {not json                                                           | NONE
            '   '                                                               | NONE
            """)
    void detectsKindFromContent(String content, String expected) {
        byte[] bytes = content.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8);
        Optional<ContractKind> kind = ContractKinds.detect(bytes);
        if (expected.equals("NONE")) {
            assertThat(kind).isEmpty();
        } else {
            assertThat(kind).contains(ContractKind.valueOf(expected));
        }
    }

    @ParameterizedTest
    @CsvSource({"openapi, OPENAPI", "asyncapi, ASYNCAPI"})
    void byteOrderMarkIsSkipped(String key, ContractKind expected) {
        byte[] text = (key + ": 3.0.0\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        assertThat(ContractKinds.detect(withBom)).contains(expected);
    }
}
