package io.github.contractgen.runtime.observe;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** Hands every event to several observers in order; one failing observer does not stop the others. */
final class ChainedObserver implements Observer {

    private final List<Observer> observers;

    ChainedObserver(List<Observer> observers) {
        this.observers = observers;
    }

    @Override
    public Observation start(CallInfo call) {
        List<Observation> observations = new ArrayList<>(observers.size());
        for (Observer observer : observers) {
            observations.add(Observers.safeStart(observer, call));
        }
        return all(observations);
    }

    @Override
    public Observation start(CallInfo call, Function<String, String> receivedHeader) {
        List<Observation> observations = new ArrayList<>(observers.size());
        for (Observer observer : observers) {
            observations.add(Observers.safeStart(observer, call, receivedHeader));
        }
        return all(observations);
    }

    private static Observation all(List<Observation> observations) {
        return new Observation() {
            @Override
            public void inject(BiConsumer<String, String> headers) {
                observations.forEach(o -> Observers.safely(() -> o.inject(headers)));
            }

            @Override
            public void onAttempt(AttemptInfo attempt) {
                observations.forEach(o -> Observers.safely(() -> o.onAttempt(attempt)));
            }

            @Override
            public void onEnd(CallResult result) {
                observations.forEach(o -> Observers.safely(() -> o.onEnd(result)));
            }
        };
    }
}
