package io.github.contractgen.generator.emit.events;

import com.palantir.javapoet.JavaFile;
import io.github.contractgen.generator.emit.EmitContext;
import io.github.contractgen.generator.emit.config.ConfigClassEmitter;
import io.github.contractgen.generator.emit.config.ConfigPlans;
import io.github.contractgen.generator.model.EventService;
import java.util.List;
import java.util.Objects;

/** The files of one event service: the {@code <Service>Events} class and its {@code <Service>Config}. */
public final class EventsFiles {

    private EventsFiles() {}

    public static List<JavaFile> of(EmitContext context, EventService events) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(events, "events");
        EventsPlan plan = new EventsPlan(context, events);
        return List.of(JavaFile.builder(plan.eventsClass().packageName(), new EventsClassEmitter(plan).emit())
                        .skipJavaLangImports(true)
                        .build(),
                new ConfigClassEmitter(ConfigPlans.events(context, events)).emit());
    }
}
