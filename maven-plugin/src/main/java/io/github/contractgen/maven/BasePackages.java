package io.github.contractgen.maven;

import io.github.contractgen.generator.naming.JavaNames;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Derives the default base package from a project's groupId. */
final class BasePackages {

    private BasePackages() {}

    /**
     * Each segment of the groupId made a legal package segment: {@code com.my-company.api} →
     * {@code com.mycompany.api}, {@code org.example.3d} → {@code org.example._3d}.
     */
    static String fromGroupId(String groupId) {
        return Arrays.stream(groupId.split("\\."))
                .filter(segment -> !segment.isBlank())
                .map(JavaNames::packageSegment)
                .collect(Collectors.joining("."));
    }
}
