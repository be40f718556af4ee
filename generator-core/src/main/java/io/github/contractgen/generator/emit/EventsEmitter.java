package io.github.contractgen.generator.emit;

import com.palantir.javapoet.JavaFile;
import io.github.contractgen.generator.emit.events.EventsFiles;
import java.util.List;

/**
 * Emits the event client of a service read from an AsyncAPI document: {@code <Service>Events}, with a
 * producer per operation the described application receives and a handler registration per operation
 * it sends. Services of other contracts get nothing. Payload records come from the model emitter.
 */
public final class EventsEmitter implements Emitter {

    @Override
    public List<JavaFile> emit(EmitContext context) {
        return context.contract().events(context.service().name())
                .map(events -> EventsFiles.of(context, events))
                .orElse(List.of());
    }
}
