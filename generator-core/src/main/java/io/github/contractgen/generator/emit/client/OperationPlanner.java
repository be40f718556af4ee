package io.github.contractgen.generator.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import io.github.contractgen.generator.emit.TypeMapper;
import io.github.contractgen.generator.model.BodyKind;
import io.github.contractgen.generator.model.Operation;
import io.github.contractgen.generator.model.Parameter;
import io.github.contractgen.generator.model.ParameterLocation;
import io.github.contractgen.generator.model.Property;
import io.github.contractgen.generator.model.RequestBody;
import io.github.contractgen.generator.model.TypeDef;
import io.github.contractgen.generator.model.TypeRef;
import io.github.contractgen.generator.naming.JavaNames;
import io.github.contractgen.generator.naming.NameScope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides the Java parameters of one operation: their names, types and order.
 *
 * <p>Form and multipart bodies are spread into one parameter per field, so that callers never build
 * a map and the generated code never depends on how the model emitter names record components.
 */
final class OperationPlanner {

    /**
     * Names the generated code uses next to the parameters: the API classes' {@code core} field and
     * the {@code fields} local of form and multipart calls. A parameter never takes them.
     */
    static final Set<String> LOCALS = Set.of("core", "fields");

    /** OpenAPI says these header parameters are ignored: the transport and auth set them. */
    private static final Set<String> IGNORED_HEADERS = Set.of("accept", "content-type", "authorization");

    private static final TypeName ANY_MAP = ParameterizedTypeName.get(
            ClassName.get(Map.class), ClassName.get(String.class), WildcardTypeName.subtypeOf(Object.class));

    private final TypeMapper types;
    private final ParamFacts facts;

    OperationPlanner(TypeMapper types) {
        this.types = types;
        this.facts = new ParamFacts(types);
    }

    /** The Java parameters of {@code operation}, in signature order. */
    List<ParamView> params(Operation operation) {
        NameScope names = new NameScope(LOCALS);
        List<ParamView> path = new ArrayList<>();
        List<ParamView> required = new ArrayList<>();
        List<ParamView> optional = new ArrayList<>();
        for (Parameter parameter : operation.parameters()) {
            if (parameter.in() == ParameterLocation.HEADER
                    && IGNORED_HEADERS.contains(parameter.name().toLowerCase(Locale.ROOT))) {
                continue;
            }
            ParamView view = param(parameter, names);
            (parameter.in() == ParameterLocation.PATH ? path : view.required() ? required : optional).add(view);
        }
        path.sort(Comparator.comparingInt(view -> pathIndex(operation.path(), view.wireName())));
        operation.requestBody().ifPresent(body -> body(body, names, required, optional));
        List<ParamView> all = new ArrayList<>(path);
        all.addAll(required);
        all.addAll(optional);
        return all;
    }

    private ParamView param(Parameter parameter, NameScope names) {
        boolean required = parameter.required() || parameter.in() == ParameterLocation.PATH;
        ParamView.Kind kind = ParamView.Kind.valueOf(parameter.in().name());
        return new ParamView(kind, parameter.name(), names.allocate(JavaNames.memberName(parameter.name())),
                types.javaType(parameter.type(), required), required, parameter.description(),
                parameter.style(), parameter.explode(), facts.of(parameter.type(), parameter.limits(), required));
    }

    private static int pathIndex(String path, String name) {
        int index = path.indexOf("{" + name + "}");
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private void body(RequestBody body, NameScope names, List<ParamView> required, List<ParamView> optional) {
        List<ParamView> target = body.required() ? required : optional;
        if (body.kind() == BodyKind.FORM || body.kind() == BodyKind.MULTIPART) {
            TypeRef resolved = types.resolve(body.type());
            if (resolved instanceof TypeRef.Named named
                    && types.definition(named.name()) instanceof TypeDef.RecordDef record) {
                fields(record, body, names, required, optional);
                return;
            }
            TypeName mapType = resolved instanceof TypeRef.MapRef ? types.boxed(resolved) : ANY_MAP;
            target.add(bodyParam("fields", mapType, body, names));
            return;
        }
        TypeName type = switch (body.kind()) {
            case TEXT -> ResponseCodes.STRING;
            case BINARY -> ResponseCodes.BYTES;
            default -> types.javaType(body.type(), body.required());
        };
        target.add(bodyParam(bodyName(body), type, body, names));
    }

    private static String bodyName(RequestBody body) {
        if (body.kind() == BodyKind.JSON && body.type() instanceof TypeRef.Named named) {
            return JavaNames.memberName(named.name());
        }
        return body.kind() == BodyKind.TEXT ? "text" : body.kind() == BodyKind.BINARY ? "content" : "body";
    }

    private static ParamView bodyParam(String wanted, TypeName type, RequestBody body, NameScope names) {
        return new ParamView(ParamView.Kind.BODY, "", names.allocate(wanted), type, body.required(),
                body.description(), "", false, "");
    }

    private void fields(TypeDef.RecordDef record, RequestBody body, NameScope names,
            List<ParamView> required, List<ParamView> optional) {
        for (Property property : record.properties()) {
            if (property.readOnly()) {
                continue;
            }
            boolean isRequired = body.required() && property.required();
            TypeName type = body.kind() == BodyKind.MULTIPART && isBinary(property.type())
                    ? RuntimeTypes.BINARY_PART
                    : types.javaType(property.type(), isRequired);
            ParamView view = new ParamView(ParamView.Kind.FIELD, property.name(),
                    names.allocate(JavaNames.memberName(property.name())), type, isRequired,
                    property.description(), "", false, facts.of(property.type(), fieldLimits(property), isRequired));
            (isRequired ? required : optional).add(view);
        }
    }

    /** A form field's default; properties carry no bounds in the model. */
    private static Parameter.Limits fieldLimits(Property property) {
        return new Parameter.Limits(property.defaultValue(), java.util.Optional.empty(), java.util.Optional.empty());
    }

    private boolean isBinary(TypeRef ref) {
        return types.resolve(ref) instanceof TypeRef.ScalarRef scalar
                && (scalar.scalar() == TypeRef.Scalar.BINARY || scalar.scalar() == TypeRef.Scalar.BYTES);
    }

}
