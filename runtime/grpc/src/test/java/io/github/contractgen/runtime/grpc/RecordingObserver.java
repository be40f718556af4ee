package io.github.contractgen.runtime.grpc;

import io.github.contractgen.runtime.observe.AttemptInfo;
import io.github.contractgen.runtime.observe.CallInfo;
import io.github.contractgen.runtime.observe.CallResult;
import io.github.contractgen.runtime.observe.Observation;
import io.github.contractgen.runtime.observe.Observer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/** Records every call an interceptor reports, and injects a traceparent header. */
final class RecordingObserver implements Observer {

    /** One observed call. */
    static final class Call {
        final CallInfo info;
        final List<AttemptInfo> attempts = new CopyOnWriteArrayList<>();
        final List<CallResult> ends = new CopyOnWriteArrayList<>();
        final CompletableFuture<CallResult> ended = new CompletableFuture<>();

        Call(CallInfo info) {
            this.info = info;
        }
    }

    final List<Call> calls = new CopyOnWriteArrayList<>();

    @Override
    public Observation start(CallInfo info) {
        Call call = new Call(info);
        calls.add(call);
        return new Observation() {
            @Override
            public void inject(BiConsumer<String, String> headers) {
                headers.accept("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
            }

            @Override
            public void onAttempt(AttemptInfo attempt) {
                call.attempts.add(attempt);
            }

            @Override
            public void onEnd(CallResult result) {
                call.ends.add(result);
                call.ended.complete(result);
            }
        };
    }
}
