package io.github.contractgen.generator.model;

/** The kinds of contract, found from a file's content, never from its name. */
public enum ContractKind { OPENAPI, PROTO, ASYNCAPI }
