package io.github.contractgen.generator.emit.client;

import com.palantir.javapoet.TypeName;
import io.github.contractgen.generator.model.Operation;
import java.util.List;

/**
 * One operation with its Java names settled: what the Calls, Api and client emitters share.
 *
 * @param operation the operation
 * @param methodName the Java method name, unique in its class
 * @param withResponseName the name of the variant that also returns the status and headers
 * @param specName the name of the constant holding the operation's response handling
 * @param params the Java parameters in signature order: path parameters in path order, then the
 *     required ones, then the optional ones
 * @param returnType the boxed type the call yields ({@code Void} when there is no body)
 */
record OperationView(
        Operation operation, String methodName, String withResponseName, String specName, List<ParamView> params, TypeName returnType) {

    OperationView {
        params = List.copyOf(params);
    }

    boolean returnsVoid() {
        return returnType.equals(TypeName.VOID.box());
    }

    boolean hasOptionalParams() {
        return params.stream().anyMatch(param -> !param.required());
    }

    List<ParamView> requiredParams() {
        return params.stream().filter(ParamView::required).toList();
    }
}
