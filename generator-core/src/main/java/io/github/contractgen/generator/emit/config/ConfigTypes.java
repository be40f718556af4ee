package io.github.contractgen.generator.emit.config;

import com.palantir.javapoet.ClassName;

/** The runtime classes a generated {@code <Service>Config} calls, named in one place. */
final class ConfigTypes {

    static final String RUNTIME = "io.github.contractgen.runtime";
    static final String CONFIG = RUNTIME + ".config";

    static final ClassName CONFIG_KEY = ClassName.get(CONFIG, "ConfigKey");
    static final ClassName CONFIG_SOURCES = ClassName.get(CONFIG, "ConfigSources");
    static final ClassName CONTRACT_SETTINGS = ClassName.get(CONFIG, "ContractSettings");
    static final ClassName CONTRACT_SERVER = ClassName.get(CONFIG, "ContractServer");
    static final ClassName VARIABLE = CONTRACT_SERVER.nestedClass("Variable");
    static final ClassName LOGIN = CONTRACT_SERVER.nestedClass("Login");
    static final ClassName TLS_KEYS = ClassName.get(CONFIG, "TlsKeys");
    static final ClassName TLS_CONFIG = ClassName.get(RUNTIME, "TlsConfig");
    static final ClassName CREDENTIAL = ClassName.get(RUNTIME + ".auth", "Credential");
    static final ClassName EVENT_TRANSPORT_BUILDER = ClassName.get(RUNTIME + ".events", "EventTransport", "Builder");
    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    private ConfigTypes() {}
}
