package io.github.contractgen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BasePackagesTest {

    @ParameterizedTest
    @CsvSource({
        "com.example, com.example",
        "com.my-company.api, com.mycompany.api",
        "org.example.3d, org.example._3d",
        "io.github.Contract_Gen, io.github.contractgen",
        "com.example.int, com.example.int_",
    })
    void derivesALegalPackageFromTheGroupId(String groupId, String expected) {
        assertThat(BasePackages.fromGroupId(groupId)).isEqualTo(expected);
    }
}
