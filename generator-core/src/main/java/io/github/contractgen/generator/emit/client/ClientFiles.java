package io.github.contractgen.generator.emit.client;

import com.palantir.javapoet.JavaFile;
import io.github.contractgen.generator.emit.EmitContext;
import io.github.contractgen.generator.emit.config.ConfigClassEmitter;
import io.github.contractgen.generator.emit.config.ConfigPlans;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Plans a service's client once and hands each part to its emitter; the order of files is stable. */
public final class ClientFiles {

    private ClientFiles() {}

    /** Every client file of {@code context}'s service. */
    public static List<JavaFile> of(EmitContext context) {
        Objects.requireNonNull(context, "context");
        ClientPlan plan = ClientPlan.of(context);
        ClientClassEmitter clients = new ClientClassEmitter(plan);
        List<JavaFile> files = new ArrayList<>();
        files.add(clients.emitSync());
        files.add(clients.emitAsync());
        files.add(new ExceptionEmitter(plan).emit());
        files.add(new ConfigClassEmitter(ConfigPlans.rest(context)).emit());
        AuthEmitter auth = new AuthEmitter(plan);
        if (auth.applies()) {
            files.add(auth.emit());
        }
        CallsEmitter calls = new CallsEmitter(plan);
        GroupApiEmitter apis = new GroupApiEmitter(plan);
        for (GroupView group : plan.groups()) {
            files.add(calls.emit(group));
            if (!group.isDefault()) {
                files.add(apis.emit(group, false));
                files.add(apis.emit(group, true));
            }
        }
        return files;
    }
}
