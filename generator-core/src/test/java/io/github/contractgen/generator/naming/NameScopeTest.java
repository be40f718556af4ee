package io.github.contractgen.generator.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NameScopeTest {

    @Test
    void clashesGetTheSmallestFreeSuffixRegardlessOfCase() {
        NameScope scope = new NameScope(Set.of("Pet"));

        assertThat(scope.allocate("pet")).isEqualTo("pet2");
        assertThat(scope.allocate("PET")).isEqualTo("PET3");
        assertThat(scope.allocate("Owner")).isEqualTo("Owner");
        assertThat(scope.isTaken("owner")).isTrue();
    }

    @Test
    void aChildSeesItsParentsNamesButKeepsItsOwnToItself() {
        NameScope parent = new NameScope(Set.of("Deserializer", "Pet"));
        NameScope first = parent.child();
        NameScope second = parent.child();

        assertThat(first.allocate("Deserializer")).isEqualTo("Deserializer2");
        assertThat(first.allocate("Value")).isEqualTo("Value");
        assertThat(second.allocate("Value")).isEqualTo("Value");
        assertThat(parent.isTaken("Value")).isFalse();
        assertThat(first.isTaken("pet")).isTrue();
    }

    @Test
    void aNameTheParentTakesLaterIsTakenInTheChildToo() {
        NameScope parent = new NameScope(Set.of());
        NameScope child = parent.child();

        parent.allocate("Later");

        assertThat(child.allocate("Later")).isEqualTo("Later2");
    }
}
