package io.github.contractgen.generator.emit.model;

import io.github.contractgen.generator.model.BodyKind;
import io.github.contractgen.generator.model.Operation;
import io.github.contractgen.generator.model.Parameter;
import io.github.contractgen.generator.model.RequestBody;
import io.github.contractgen.generator.model.Response;
import io.github.contractgen.generator.model.Service;
import io.github.contractgen.generator.model.TypeDef;
import io.github.contractgen.generator.model.TypeRef;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the records that exist only to carry the fields of an inline form or multipart body.
 *
 * <p>A REST client takes such fields as method parameters, so a public record of them would be
 * vocabulary nobody can use (and for multipart it would even disagree with the API, holding
 * {@code byte[]} where the method takes a binary part). A named component schema is kept however it
 * is used: the contract's author gave it a name, which makes it part of the contract's vocabulary.
 */
final class FlattenedForms {

    private FlattenedForms() {}

    /** The names of inline form records that no property, variant, alias, parameter or other body refers to. */
    static Set<String> unused(Service service) {
        Set<String> candidates = new TreeSet<>();
        for (Operation operation : service.operations()) {
            operation.requestBody().filter(FlattenedForms::flattenedInline)
                    .ifPresent(body -> candidates.add(((TypeRef.Named) body.type()).name()));
        }
        if (candidates.isEmpty()) {
            return candidates;
        }
        Set<String> referenced = referenced(service);
        candidates.removeIf(name -> referenced.contains(name) || !isRecord(service, name));
        return candidates;
    }

    private static boolean flattenedInline(RequestBody body) {
        return (body.kind() == BodyKind.FORM || body.kind() == BodyKind.MULTIPART) && body.inlineType()
                && body.type() instanceof TypeRef.Named;
    }

    private static boolean isRecord(Service service, String name) {
        return service.types().stream().anyMatch(type -> type.name().equals(name) && type instanceof TypeDef.RecordDef);
    }

    /** Every type name used anywhere except as the type of a flattened inline form body. */
    private static Set<String> referenced(Service service) {
        Set<String> names = new HashSet<>();
        for (Operation operation : service.operations()) {
            for (Parameter parameter : operation.parameters()) {
                collect(parameter.type(), names);
            }
            operation.requestBody().filter(body -> !flattenedInline(body)).ifPresent(body -> collect(body.type(), names));
            for (Response response : operation.responses()) {
                response.type().ifPresent(type -> collect(type, names));
                response.headers().forEach(header -> collect(header.type(), names));
            }
        }
        for (TypeDef type : service.types()) {
            if (type instanceof TypeDef.RecordDef record) {
                record.properties().forEach(property -> collect(property.type(), names));
                record.additionalProperties().ifPresent(values -> collect(values, names));
            } else if (type instanceof TypeDef.UnionDef union) {
                union.variants().forEach(variant -> collect(variant, names));
            } else if (type instanceof TypeDef.AliasDef alias) {
                collect(alias.target(), names);
            }
        }
        return names;
    }

    private static void collect(TypeRef type, Set<String> names) {
        if (type instanceof TypeRef.Named named) {
            names.add(named.name());
        } else if (type instanceof TypeRef.ListRef list) {
            collect(list.items(), names);
        } else if (type instanceof TypeRef.MapRef map) {
            collect(map.values(), names);
        }
    }
}
