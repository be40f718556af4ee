package io.github.contractgen.generator.reader.openapi;

import io.swagger.models.Operation;
import io.swagger.models.Path;
import io.swagger.models.Swagger;
import io.swagger.models.parameters.Parameter;
import io.swagger.models.parameters.RefParameter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives each operation of a 2.0 description its whole parameter list, path-level ones included and
 * references to the document's {@code parameters} followed, before swagger-parser's resolver runs: the
 * resolver matches parameters by name alone, so of a path parameter and a query parameter of the same
 * name (Kubernetes' proxy routes take both {@code {path}} and {@code ?path=}) it kept one, leaving a
 * placeholder no call could fill. Here they are matched by location and name, as the specification
 * says.
 */
final class Swagger2Parameters {

    private Swagger2Parameters() {}

    /** Path-level parameters first, then the operation's own, which win over a path-level one. */
    static void pushDown(Swagger swagger) {
        if (swagger.getPaths() == null) {
            return;
        }
        for (Path path : swagger.getPaths().values()) {
            if (path == null) {
                continue;
            }
            List<Parameter> shared = followed(swagger, path.getParameters());
            for (Operation operation : path.getOperations()) {
                operation.setParameters(merged(shared, followed(swagger, operation.getParameters())));
            }
            path.setParameters(null);
        }
    }

    private static List<Parameter> merged(List<Parameter> shared, List<Parameter> own) {
        Set<String> ownKeys = new HashSet<>();
        own.forEach(parameter -> ownKeys.add(key(parameter)));
        List<Parameter> merged = new ArrayList<>();
        for (Parameter parameter : shared) {
            if (!ownKeys.contains(key(parameter))) {
                merged.add(parameter);
            }
        }
        merged.addAll(own);
        return merged;
    }

    /** The parameters with each reference to {@code #/parameters/...} replaced by its target; nulls left out. */
    private static List<Parameter> followed(Swagger swagger, List<Parameter> parameters) {
        List<Parameter> followed = new ArrayList<>();
        if (parameters == null) {
            return followed;
        }
        for (Parameter parameter : parameters) {
            Parameter target = parameter;
            if (parameter instanceof RefParameter ref && ref.get$ref() != null && ref.get$ref().startsWith("#/parameters/")
                    && swagger.getParameters() != null) {
                target = swagger.getParameters().getOrDefault(ref.getSimpleRef(), parameter);
            }
            if (target != null) {
                followed.add(target);
            }
        }
        return followed;
    }

    /** {@code in:name}; a reference that was not followed is its own key. */
    private static String key(Parameter parameter) {
        return parameter instanceof RefParameter ref ? ref.get$ref() : parameter.getIn() + ":" + parameter.getName();
    }
}
