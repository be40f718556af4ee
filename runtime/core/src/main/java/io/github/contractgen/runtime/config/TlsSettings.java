package io.github.contractgen.runtime.config;

import io.github.contractgen.runtime.ContractgenException;
import io.github.contractgen.runtime.TlsConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a {@link TlsConfig} from the {@link TlsKeys} of a generated config: from PEM files or from key
 * stores, never a mix of both.
 */
final class TlsSettings {

    private final ConfigSources sources;

    TlsSettings(ConfigSources sources) {
        this.sources = sources;
    }

    /** The TLS the keys describe; empty when none is set. */
    Optional<TlsConfig> read(TlsKeys keys) {
        Optional<ConfigKey> pem = firstSet(keys.pem());
        Optional<ConfigKey> store = firstSet(keys.stores());
        if (pem.isPresent() && store.isPresent()) {
            throw new ConfigException(pem.get().property() + " and " + store.get().property() + " are both set: TLS comes"
                    + " either from PEM files (" + names(keys.pem()) + ") or from key stores (" + names(keys.stores())
                    + "), not from both; unset one of them (" + sources.origin(pem.get()).orElseThrow() + "; "
                    + sources.origin(store.get()).orElseThrow() + ")");
        }
        return store.isPresent() ? stores(keys) : pem(keys);
    }

    private Optional<TlsConfig> pem(TlsKeys keys) {
        Optional<String> ca = sources.find(keys.caBundle());
        Optional<String> chain = sources.find(keys.certificateChain());
        Optional<String> key = sources.find(keys.privateKey());
        if (chain.isPresent() != key.isPresent()) {
            ConfigKey missing = chain.isPresent() ? keys.privateKey() : keys.certificateChain();
            ConfigKey present = chain.isPresent() ? keys.certificateChain() : keys.privateKey();
            throw new ConfigException(missing.property() + " is not set, but " + present.property()
                    + " is: a client certificate needs both; set " + sources.places(missing));
        }
        try {
            if (chain.isPresent()) {
                char[] password = sources.find(keys.privateKeyPassword()).map(String::toCharArray).orElse(null);
                return Optional.of(TlsConfig.fromPem(Path.of(chain.get()), Path.of(key.get()), password,
                        ca.map(Path::of).orElse(null)));
            }
            return ca.map(path -> TlsConfig.trustPem(Path.of(path)));
        } catch (ContractgenException e) {
            throw new ConfigException("TLS settings " + names(keys.pem().subList(0, 3)) + ": " + e.getMessage(), e);
        }
    }

    /** A password alone says nothing: it belongs to a store that must be named too. */
    private Optional<TlsConfig> stores(TlsKeys keys) {
        Optional<String> keyStore = storeOf(keys.keyStore(), keys.keyStorePassword());
        Optional<String> trustStore = storeOf(keys.trustStore(), keys.trustStorePassword());
        try {
            return Optional.of(TlsConfig.fromKeyStore(keyStore.map(Path::of).orElse(null), password(keys.keyStorePassword()),
                    trustStore.map(Path::of).orElse(null), password(keys.trustStorePassword())));
        } catch (ContractgenException e) {
            throw new ConfigException("TLS settings " + keys.keyStore().property() + ", " + keys.trustStore().property()
                    + ": " + e.getMessage(), e);
        }
    }

    private Optional<String> storeOf(ConfigKey store, ConfigKey password) {
        Optional<String> path = sources.find(store);
        if (path.isEmpty() && sources.find(password).isPresent()) {
            throw new ConfigException(store.property() + " is not set, but " + password.property()
                    + " is: the password is of no use without its store; set " + sources.places(store));
        }
        return path;
    }

    private char[] password(ConfigKey key) {
        return sources.find(key).map(String::toCharArray).orElse(null);
    }

    /** Looked up as a value is, so that a secret misplaced in the config file is reported as such. */
    private Optional<ConfigKey> firstSet(List<ConfigKey> keys) {
        return keys.stream().filter(key -> sources.find(key).isPresent()).findFirst();
    }

    private static String names(List<ConfigKey> keys) {
        return keys.stream().map(ConfigKey::property).collect(Collectors.joining(", "));
    }
}
