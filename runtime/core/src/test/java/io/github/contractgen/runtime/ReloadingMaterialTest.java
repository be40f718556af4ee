package io.github.contractgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contractgen.runtime.ReloadingMaterial.Material;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the material is read again: driven by a clock the test moves, so nothing depends on timing. */
class ReloadingMaterialTest {

    @TempDir
    Path dir;

    private final AtomicLong clock = new AtomicLong();
    private final AtomicInteger loads = new AtomicInteger();
    private final AtomicInteger changes = new AtomicInteger();
    private Path file;
    private volatile boolean loaderFails;

    @BeforeEach
    void writeFile() throws IOException {
        file = Files.writeString(dir.resolve("ca.pem"), "version 1");
    }

    private ReloadingMaterial material(Duration interval) {
        Supplier<Material> loader = () -> {
            if (loaderFails) {
                throw new ContractgenException("half-written " + file);
            }
            loads.incrementAndGet();
            return new Material(null, jdkTrust());
        };
        ReloadingMaterial material = new ReloadingMaterial(List.of(file), loader, interval, clock::get);
        material.onChange(changes::incrementAndGet);
        return material;
    }

    @Test
    void filesAreNotCheckedBeforeTheIntervalHasPassed() throws IOException {
        ReloadingMaterial material = material(Duration.ofSeconds(10));
        Material first = material.current();
        Files.writeString(file, "version 2");
        clock.addAndGet(Duration.ofSeconds(9).toNanos());

        assertThat(material.current()).isSameAs(first);
        assertThat(loads).hasValue(1);

        clock.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(material.current()).isNotSameAs(first);
        assertThat(loads).hasValue(2);
        assertThat(changes).hasValue(1);
    }

    @Test
    void unchangedFilesAreNotLoadedAgain() {
        ReloadingMaterial material = material(Duration.ZERO);
        Material first = material.current();
        for (int i = 0; i < 5; i++) {
            clock.incrementAndGet();
            assertThat(material.current()).isSameAs(first);
        }
        assertThat(loads).hasValue(1);
        assertThat(changes).hasValue(0);
    }

    @Test
    void aChangeOfContentIsSeenEvenWithTheSameSizeAndTime() throws IOException {
        ReloadingMaterial material = material(Duration.ZERO);
        Material first = material.current();
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(file);
        Files.writeString(file, "version 9");
        Files.setLastModifiedTime(file, time);

        assertThat(material.current()).isNotSameAs(first);
    }

    @Test
    void filesThatDoNotLoadKeepThePreviousMaterialAndAreTriedAgain() throws IOException {
        ReloadingMaterial material = material(Duration.ZERO);
        Material first = material.current();
        loaderFails = true;
        Files.writeString(file, "version 2, half written");

        assertThat(material.current()).isSameAs(first);
        assertThat(changes).hasValue(0);

        loaderFails = false;
        assertThat(material.current()).isNotSameAs(first);
        assertThat(changes).hasValue(1);
    }

    @Test
    void aMissingFileKeepsThePreviousMaterial() throws IOException {
        ReloadingMaterial material = material(Duration.ZERO);
        Material first = material.current();
        Files.delete(file);

        assertThat(material.current()).isSameAs(first);
    }

    @Test
    void aFailureAtTheFirstLoadIsAConfigurationError() {
        loaderFails = true;
        assertThatThrownBy(() -> material(Duration.ZERO))
                .isInstanceOf(ContractgenException.class)
                .hasMessageContaining("half-written");
    }

    @Test
    void withIntervalLoadsAfreshWithTheNewInterval() {
        ReloadingMaterial material = material(Duration.ofSeconds(10));
        ReloadingMaterial faster = material.withInterval(Duration.ZERO);

        assertThat(faster.interval()).isEqualTo(Duration.ZERO);
        assertThat(faster.peek()).isNotSameAs(material.peek());
        assertThat(loads).hasValue(2);
    }

    private static X509ExtendedTrustManager jdkTrust() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((java.security.KeyStore) null);
            return (X509ExtendedTrustManager) factory.getTrustManagers()[0];
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
