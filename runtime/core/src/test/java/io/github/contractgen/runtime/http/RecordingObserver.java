package io.github.contractgen.runtime.http;

import io.github.contractgen.runtime.observe.AttemptInfo;
import io.github.contractgen.runtime.observe.CallInfo;
import io.github.contractgen.runtime.observe.CallResult;
import io.github.contractgen.runtime.observe.Observation;
import io.github.contractgen.runtime.observe.Observer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiConsumer;

/** An observer that writes down every event, for assertions on order and content. */
final class RecordingObserver implements Observer {

    final List<String> events = new CopyOnWriteArrayList<>();
    final List<CallInfo> starts = new CopyOnWriteArrayList<>();
    final List<AttemptInfo> attempts = new CopyOnWriteArrayList<>();
    final List<CallResult> ends = new CopyOnWriteArrayList<>();
    final CountDownLatch ended = new CountDownLatch(1);
    final CountDownLatch firstAttempt = new CountDownLatch(1);

    @Override
    public Observation start(CallInfo call) {
        starts.add(call);
        events.add("start " + call.operation());
        return new Observation() {
            @Override
            public void inject(BiConsumer<String, String> headers) {
                events.add("inject");
                headers.accept("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
            }

            @Override
            public void onAttempt(AttemptInfo attempt) {
                attempts.add(attempt);
                events.add("attempt " + attempt.attempt() + " " + attempt.status());
                firstAttempt.countDown();
            }

            @Override
            public void onEnd(CallResult result) {
                ends.add(result);
                events.add("end " + result.status() + " after " + result.attempts());
                ended.countDown();
            }
        };
    }

    /** Everything the observer was given, as text, stack traces of errors included. */
    String everything() {
        StringBuilder all = new StringBuilder(events.toString());
        starts.forEach(s -> all.append('\n').append(s));
        attempts.forEach(a -> all.append('\n').append(a).append(trace(a.error())));
        ends.forEach(e -> all.append('\n').append(e).append(trace(e.error())));
        return all.toString();
    }

    private static String trace(Throwable error) {
        if (error == null) {
            return "";
        }
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
