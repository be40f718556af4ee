/**
 * The contract model: what readers produce and emitters consume.
 *
 * <p>Every element is an immutable record or sealed interface. Readers resolve everything before
 * handing a model over: {@code $ref}s are followed, inline object schemas are hoisted into named
 * {@link io.github.contractgen.generator.model.TypeDef}s, defaults and nullability are settled, and
 * lists are sorted by a stable key, so that emitters never see a parser's classes and never need to
 * look anything up outside the model. Names here are the contract's own names; Java names are decided
 * by {@code io.github.contractgen.generator.naming}.
 */
package io.github.contractgen.generator.model;
