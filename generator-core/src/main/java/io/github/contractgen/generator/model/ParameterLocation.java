package io.github.contractgen.generator.model;

/** Where a parameter travels. */
public enum ParameterLocation { PATH, QUERY, HEADER, COOKIE }
