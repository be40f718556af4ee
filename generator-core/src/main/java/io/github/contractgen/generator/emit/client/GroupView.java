package io.github.contractgen.generator.emit.client;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * The operations of one tag group and the classes they are generated in.
 *
 * @param group the contract's group name, empty for the service's default group
 * @param accessor the client method that returns the group's API, empty for the default group
 * @param api the class holding the sync methods ({@code PetsApi}, or the client for the default group)
 * @param asyncApi the class holding the async methods
 * @param calls the package-private class describing each call once, for sync and async alike
 * @param operations the operations, sorted by id
 */
record GroupView(
        String group, String accessor, ClassName api, ClassName asyncApi, ClassName calls, List<OperationView> operations) {

    GroupView {
        operations = List.copyOf(operations);
    }

    boolean isDefault() {
        return group.isEmpty();
    }
}
