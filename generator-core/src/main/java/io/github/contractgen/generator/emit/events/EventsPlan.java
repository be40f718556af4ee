package io.github.contractgen.generator.emit.events;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.contractgen.generator.emit.EmitContext;
import io.github.contractgen.generator.emit.GeneratedAnnotation;
import io.github.contractgen.generator.emit.TypeMapper;
import io.github.contractgen.generator.model.EventOperation;
import io.github.contractgen.generator.model.EventService;
import io.github.contractgen.generator.model.TypeRef;
import io.github.contractgen.generator.naming.EventNames;
import io.github.contractgen.generator.naming.JavaNames;
import io.github.contractgen.generator.naming.NameScope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every name and type the event emitters need, decided once.
 *
 * <p>Generated code is the <em>counterpart</em> of the application the document describes, as a REST
 * client is the counterpart of the API: what the application receives, the generated code sends (a
 * producer); what it sends, the generated code receives (a handler). {@link EventOperation#generatedCodeSends()}
 * is the one place that decides it.
 */
final class EventsPlan {

    private static final Set<String> RESERVED_MEMBERS = Set.of("builder", "close", "transport", "client");

    private final EmitContext context;
    private final EventService events;
    private final TypeMapper types;
    private final ClassName eventsClass;
    private final List<OperationView> operations = new ArrayList<>();
    private final Addresses addresses;
    /** The field holding each producer, by operation id: one producer per client, not one per send. */
    private final Map<String, String> producerFields = new LinkedHashMap<>();

    EventsPlan(EmitContext context, EventService events) {
        this.context = context;
        this.events = events;
        this.types = new TypeMapper(context.symbols(), context.service());
        this.eventsClass = context.symbols().serviceClass("Events");
        NameScope members = new NameScope(RESERVED_MEMBERS);
        NameScope nested = new NameScope(Set.of("Builder", eventsClass.simpleName()));
        Map<String, Names> names = names(events.operations(), members);
        for (EventOperation operation : events.operations()) {
            operations.add(view(operation, names.get(operation.id()), nested));
        }
        this.addresses = new Addresses(this);
        NameScope fields = new NameScope(EventsClassEmitter.OWN_FIELDS);
        for (OperationView view : operations) {
            if (view.produces()) {
                producerFields.put(view.operation().id(), fields.allocate(JavaNames.memberName(view.nested().simpleName())));
            }
        }
    }

    /** Whether generated code sends on {@code operation}: the described application receives there. */
    static boolean produces(EventOperation operation) {
        return operation.generatedCodeSends();
    }

    /**
     * The member and nested-type stem of every operation, by id: ids that read well from the generated
     * side first, in id order, so that a name derived from a message or channel never takes a name the
     * contract spells out; a derived name that is taken falls back to the id.
     */
    private static Map<String, Names> names(List<EventOperation> operations, NameScope members) {
        Map<String, Names> names = new LinkedHashMap<>();
        Map<EventOperation, String> derived = new LinkedHashMap<>();
        for (EventOperation operation : operations) {
            EventNames.derivedStem(operation.id(), produces(operation), operation.message().names(), operation.channel())
                    .ifPresentOrElse(stem -> derived.put(operation, stem),
                            () -> names.put(operation.id(), allocate(members, operation, JavaNames.typeName(operation.id()))));
        }
        derived.forEach((operation, stem) -> names.put(operation.id(), members.isTaken(wanted(operation, stem))
                ? allocate(members, operation, JavaNames.typeName(operation.id())) : allocate(members, operation, stem)));
        return names;
    }

    private static Names allocate(NameScope members, EventOperation operation, String stem) {
        return new Names(members.allocate(wanted(operation, stem)), stem);
    }

    private static String wanted(EventOperation operation, String stem) {
        return produces(operation) ? JavaNames.memberName(stem) : "on" + stem;
    }

    /** An operation's member ({@code orderPlaced}, {@code onShipment}) and the stem of its nested type. */
    private record Names(String member, String stem) {}

    private OperationView view(EventOperation operation, Names names, NameScope nested) {
        boolean produces = produces(operation);
        String member = names.member();
        ClassName nestedClass = eventsClass.nestedClass(nested.allocate(names.stem() + (produces ? "Producer" : "Handler")));
        NameScope locals = new NameScope(Set.of("payload", "headers", "key", "message", "handler", "raw", "address",
                "timeout", "reply", "spec", "values", "text"));
        List<String> parameters = new ArrayList<>();
        operation.parameters().forEach(p -> parameters.add(locals.allocate(JavaNames.memberName(p.name()))));
        EventOperation.Message message = operation.message();
        return new OperationView(operation, produces, member, nestedClass, parameters, types.javaType(message.payload(), false),
                message.headers().map(h -> types.javaType(h, false)),
                message.key().map(k -> types.javaType(k, false)),
                operation.reply().map(reply -> ReplyView.of(operation, reply, types.javaType(reply.message().payload(), false))));
    }

    EmitContext context() {
        return context;
    }

    EventService events() {
        return events;
    }

    ClassName eventsClass() {
        return eventsClass;
    }

    List<OperationView> operations() {
        return operations;
    }

    /** The address patterns of the class, as the static constants {@link EventsClassEmitter} declares. */
    Addresses addresses() {
        return addresses;
    }

    /** The field of the events class that holds {@code view}'s producer; only for an operation it sends on. */
    String producerField(OperationView view) {
        return producerFields.get(view.operation().id());
    }

    /** Whether an operation is request/reply: the events class then has a request timeout. */
    boolean hasRequests() {
        return operations.stream().anyMatch(operation -> operation.reply().isPresent());
    }

    /** {@code JsonType.of(Pet.class)}, {@code JsonType.listOf(...)}, ... for a use of a type. */
    CodeBlock jsonType(TypeRef ref) {
        TypeRef resolved = types.resolve(ref);
        if (resolved instanceof TypeRef.ListRef list) {
            return CodeBlock.of("$T.$L($L)", EventRuntime.JSON_TYPE, list.unique() ? "setOf" : "listOf",
                    jsonType(list.items()));
        }
        if (resolved instanceof TypeRef.MapRef map) {
            return CodeBlock.of("$T.mapOf($L)", EventRuntime.JSON_TYPE, jsonType(map.values()));
        }
        return CodeBlock.of("$T.of($T.class)", EventRuntime.JSON_TYPE, rawType(types.boxed(resolved)));
    }

    private static TypeName rawType(TypeName type) {
        return type instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : type;
    }

    /** Whether the payload travels as raw bytes: a schema format contractgen does not read. */
    boolean isBinary(TypeRef payload) {
        TypeRef resolved = types.resolve(payload);
        return resolved instanceof TypeRef.ScalarRef scalar
                && (scalar.scalar() == TypeRef.Scalar.BINARY || scalar.scalar() == TypeRef.Scalar.BYTES);
    }

    /** Whether the payload is text sent as it is: a string with a content type that is not JSON. */
    boolean isPlainText(TypeRef payload, String contentType) {
        TypeRef resolved = types.resolve(payload);
        return !contentType.contains("json") && resolved instanceof TypeRef.ScalarRef scalar
                && scalar.scalar() == TypeRef.Scalar.STRING;
    }

    AnnotationSpec generated() {
        return GeneratedAnnotation.of(context);
    }

    static TypeName stringMap() {
        return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), ClassName.get(String.class));
    }

    /**
     * One operation as the emitters see it.
     *
     * @param member the accessor ({@code turnOn()}) or the registration ({@code onTurnOn(...)})
     * @param nested the producer class or the handler interface
     * @param parameters the Java names of the address parameters, in address order
     * @param reply how a request of this operation is answered, for a request/reply operation
     */
    record OperationView(EventOperation operation, boolean produces, String member, ClassName nested,
            List<String> parameters, TypeName payload, Optional<TypeName> headers, Optional<TypeName> key,
            Optional<ReplyView> reply) {

        /** The headers' type in signatures: the record, or the raw text headers when none is declared. */
        TypeName headersType() {
            return headers.orElse(stringMap());
        }
    }
}
