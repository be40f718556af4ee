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

    /**
     * Each operation as the generated class offers it, in contract order: for the usage notes, which must
     * name the members the code has (derived from the generated side), not the contract's operation ids.
     */
    public static List<Member> members(EmitContext context, EventService events) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(events, "events");
        return new EventsPlan(context, events).operations().stream().map(EventsFiles::member).toList();
    }

    private static Member member(EventsPlan.OperationView view) {
        String member = view.produces() ? view.member() + "()" : view.member() + "(handler)";
        return new Member(view.operation().id(), member, view.produces(), view.operation().address(),
                view.reply().isPresent(), view.reply().map(ReplyView::template).orElse(""),
                view.reply().flatMap(ReplyView::addressHeader).orElse(""));
    }

    /**
     * One operation of a generated events class.
     *
     * @param id the contract's operation id
     * @param member the accessor or registration as called: {@code orderPlaced()}, {@code onShipment(handler)}
     * @param sends whether the generated code sends (or, with a reply, requests) on it
     * @param address the channel address, with {@code {parameter}} placeholders
     * @param requestReply whether each message is answered by a reply
     * @param replyAddress where replies go, with placeholders; empty when the requester names an inbox of its own
     * @param replyHeader the request header that carries the reply address, empty when none
     */
    public record Member(String id, String member, boolean sends, String address, boolean requestReply,
            String replyAddress, String replyHeader) {}
}
