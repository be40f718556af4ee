package io.github.contractgen.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The key and trust managers currently in force for a {@link TlsConfig}, read again when the files
 * they came from change.
 *
 * <p>When: during a handshake (when the trust manager checks a peer or the key manager picks an alias),
 * at most once per reload interval. Checking on use rather than on a timer needs no thread, and a
 * client that makes no connection reads nothing. How: the files' contents are hashed, because a
 * modification time has a coarse granularity and a rotated certificate often has the same size; the
 * files are small, and they are read at most once per interval. A change is applied only when the new
 * files load completely (chain, key, and key matching certificate); a half-written rotation keeps the
 * previous material, logs a warning, and is tried again at the next check. Thread-safe.
 */
final class ReloadingMaterial {

    private static final Logger LOG = Logger.getLogger(ReloadingMaterial.class.getName());

    /** The managers loaded from one version of the files; {@code keys} is null without a client identity. */
    record Material(X509ExtendedKeyManager keys, X509ExtendedTrustManager trust) {
        Material {
            Objects.requireNonNull(trust, "trust");
        }
    }

    private final List<Path> files;
    private final Supplier<Material> loader;
    private final Duration interval;
    private final LongSupplier nanoClock;
    private volatile Material current;
    private volatile Runnable onChange = () -> {};
    private byte[] fingerprint;
    private volatile long nextCheck;

    /** Loads the material now: a failure here is a configuration error and propagates. */
    ReloadingMaterial(List<Path> files, Supplier<Material> loader, Duration interval, LongSupplier nanoClock) {
        this.files = List.copyOf(files);
        this.loader = loader;
        this.interval = interval;
        this.nanoClock = nanoClock;
        this.fingerprint = fingerprint();
        this.current = loader.get();
        this.nextCheck = nanoClock.getAsLong() + interval.toNanos();
    }

    /** The same files and loader with another interval, loaded afresh. */
    ReloadingMaterial withInterval(Duration newInterval) {
        return new ReloadingMaterial(files, loader, newInterval, nanoClock);
    }

    Duration interval() {
        return interval;
    }

    /** Runs {@code action} after each change of material (to forget TLS sessions made with the old). */
    void onChange(Runnable action) {
        this.onChange = Objects.requireNonNull(action, "action");
    }

    /** The material in force, after reloading it when a check is due and the files changed. */
    Material current() {
        if (!files.isEmpty() && nanoClock.getAsLong() - nextCheck >= 0) {
            check();
        }
        return current;
    }

    /** The material in force, without a check: for calls within a handshake that already checked. */
    Material peek() {
        return current;
    }

    private synchronized void check() {
        long now = nanoClock.getAsLong();
        if (now - nextCheck < 0) {
            return;
        }
        nextCheck = now + interval.toNanos();
        byte[] latest;
        Material reloaded;
        try {
            latest = fingerprint();
            if (Arrays.equals(latest, fingerprint)) {
                return;
            }
            reloaded = loader.get();
        } catch (RuntimeException e) {
            // Typically a rotation caught half-way (certificate written, key not yet): keep what works.
            LOG.log(Level.WARNING, "TLS files " + files + " changed but cannot be loaded; the previous "
                    + "certificates stay in use until the next check: " + e.getMessage());
            return;
        }
        fingerprint = latest;
        current = reloaded;
        LOG.log(Level.INFO, "TLS material reloaded from " + files);
        onChange.run();
    }

    private byte[] fingerprint() {
        MessageDigest digest = sha256();
        for (Path file : files) {
            try {
                digest.update(file.toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new ContractgenException("cannot read " + file + ": " + e, e);
            }
        }
        return digest.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
