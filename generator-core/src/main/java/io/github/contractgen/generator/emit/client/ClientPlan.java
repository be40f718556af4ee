package io.github.contractgen.generator.emit.client;

import com.palantir.javapoet.ClassName;
import io.github.contractgen.generator.emit.EmitContext;
import io.github.contractgen.generator.emit.TypeMapper;
import io.github.contractgen.generator.model.Operation;
import io.github.contractgen.generator.naming.JavaNames;
import io.github.contractgen.generator.naming.NameScope;
import io.github.contractgen.generator.naming.SymbolTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every Java name of one service's client, decided once in a stable order before anything is
 * emitted: the group classes, accessors, method names and parameter names.
 *
 * @param context what is emitted
 * @param types the type mapper of the service
 * @param responses response types and decoders
 * @param client the sync client class
 * @param asyncClient the async client class
 * @param exception the service's exception class
 * @param groups the default group (when it has operations) first, then the tag groups by name
 * @param errors the nested exception classes
 */
record ClientPlan(
        EmitContext context,
        TypeMapper types,
        ResponseCodes responses,
        ClassName client,
        ClassName asyncClient,
        ClassName exception,
        List<GroupView> groups,
        ErrorClasses errors) {

    /** Methods every class has: generated methods never take these names. */
    static final Set<String> OBJECT_METHODS = Set.of(
            "clone", "equals", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait");

    /** Members of the client classes themselves. */
    private static final Set<String> CLIENT_MEMBERS = Set.of("async", "builder", "close", "core");

    static ClientPlan of(EmitContext context) {
        SymbolTable symbols = context.symbols();
        TypeMapper types = new TypeMapper(symbols, context.service());
        ResponseCodes responses = new ResponseCodes(types);
        ClassName client = symbols.serviceClass("Client");
        ClassName asyncClient = symbols.serviceClass("AsyncClient");
        ClassName exception = symbols.serviceClass("Exception");
        NameScope classes = new NameScope(Set.of(client.simpleName(), asyncClient.simpleName(),
                exception.simpleName(), symbols.serviceClass("Auth").simpleName(),
                symbols.serviceClass("Config").simpleName()));
        Map<String, List<Operation>> byGroup = new TreeMap<>();
        context.service().operations().forEach(op -> byGroup.computeIfAbsent(op.group(), g -> new ArrayList<>()).add(op));

        Set<String> clientReserved = new java.util.HashSet<>(OBJECT_METHODS);
        clientReserved.addAll(CLIENT_MEMBERS);
        NameScope clientMembers = new NameScope(clientReserved);
        OperationPlanner planner = new OperationPlanner(types);
        List<GroupView> groups = new ArrayList<>();
        for (Map.Entry<String, List<Operation>> entry : byGroup.entrySet()) {
            String group = entry.getKey();
            if (group.isEmpty()) {
                continue;
            }
            String stem = stem(classes, JavaNames.fitting(JavaNames.typeName(group), SymbolTable.MAX_TYPE_NAME_BYTES));
            groups.add(new GroupView(group, clientMembers.allocate(JavaNames.memberName(group)),
                    ClassName.get(symbols.packageName(), stem + "Api"),
                    ClassName.get(symbols.packageName(), stem + "AsyncApi"),
                    ClassName.get(symbols.packageName(), stem + "Calls"),
                    operations(entry.getValue(), new NameScope(OBJECT_METHODS), planner, responses)));
        }
        List<Operation> ungrouped = byGroup.getOrDefault("", List.of());
        if (!ungrouped.isEmpty()) {
            ClassName calls = ClassName.get(symbols.packageName(), stem(classes, symbols.serviceTypeName()) + "Calls");
            groups.add(0, new GroupView("", "", client, asyncClient, calls,
                    operations(ungrouped, clientMembers, planner, responses)));
        }
        return new ClientPlan(context, types, responses, client, asyncClient, exception, groups,
                ErrorClasses.of(context.service(), exception, responses));
    }

    /** A stem whose {@code Api}, {@code AsyncApi} and {@code Calls} classes are all free; takes them. */
    private static String stem(NameScope classes, String wanted) {
        String stem = wanted;
        for (int suffix = 2; taken(classes, stem); suffix++) {
            stem = wanted + suffix;
        }
        for (String kind : List.of("Api", "AsyncApi", "Calls")) {
            classes.allocate(stem + kind);
        }
        return stem;
    }

    private static boolean taken(NameScope classes, String stem) {
        return classes.isTaken(stem + "Api") || classes.isTaken(stem + "AsyncApi") || classes.isTaken(stem + "Calls");
    }

    private static List<OperationView> operations(
            List<Operation> operations, NameScope methods, OperationPlanner planner, ResponseCodes responses) {
        NameScope constants = new NameScope();
        List<String> names = new ArrayList<>();
        for (Operation operation : operations) {
            names.add(methods.allocate(JavaNames.memberName(operation.id())));
        }
        // The WithResponse names come second, so that they never move an operation's own name: a
        // contract with operations 'list' and 'listWithResponse' keeps both, and the variant of
        // 'list' becomes 'listWithResponse2'.
        List<OperationView> views = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            Operation operation = operations.get(i);
            String method = names.get(i);
            String withResponse = methods.allocate(method + "WithResponse");
            String spec = constants.allocate(JavaNames.constantName(method));
            views.add(new OperationView(operation, method, withResponse, spec, planner.params(operation),
                    responses.returnType(operation)));
        }
        return views;
    }

    /** The groups that have their own API classes (not the default group). */
    List<GroupView> tagGroups() {
        return groups.stream().filter(group -> !group.isDefault()).toList();
    }

    /** The default group, whose methods sit on the client classes, or {@code null}. */
    GroupView defaultGroup() {
        return groups.stream().filter(GroupView::isDefault).findFirst().orElse(null);
    }
}
