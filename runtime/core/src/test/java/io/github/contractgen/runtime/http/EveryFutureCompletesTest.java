package io.github.contractgen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.runtime.ApiException;
import io.github.contractgen.runtime.TransportException;
import io.github.contractgen.runtime.auth.AuthTarget;
import io.github.contractgen.runtime.auth.Credential;
import io.github.contractgen.runtime.observe.AttemptInfo;
import io.github.contractgen.runtime.observe.CallInfo;
import io.github.contractgen.runtime.observe.CallResult;
import io.github.contractgen.runtime.observe.Observation;
import io.github.contractgen.runtime.observe.Observer;
import io.github.contractgen.testsupport.TestHttpsServer;
import io.github.contractgen.testsupport.TestResponse;
import io.github.contractgen.testsupport.faults.FaultSwitch;
import io.github.contractgen.testsupport.faults.Faults;
import io.github.contractgen.testsupport.faults.Faults.Fault;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever user code throws at any stage of a REST call, an {@link Error} included, the call ends:
 * the async future completes, the sync call returns or throws, and the observer hears of the end. An
 * observer's failure changes nothing; a decoder's or credential's ends the call with it.
 *
 * <p>Each case runs sync and async against a real server on 127.0.0.1. The async future is awaited
 * with a generous bound that only a hang reaches.
 */
class EveryFutureCompletesTest {

    private TestHttpsServer server;
    private final List<CallResult> ends = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        server = TestHttpsServer.http();
        server.handle("/ok", r -> TestResponse.text(200, "ok"));
        server.handle("/missing", r -> TestResponse.text(404, "no such thing"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static Stream<Arguments> faultsSyncAndAsync() {
        return Faults.userCodeErrors().stream().flatMap(f -> Stream.of(Arguments.of(f, false), Arguments.of(f, true)));
    }

    /** Where an observer throws. */
    enum ObserverStage { START, INJECT, ON_ATTEMPT, ON_END }

    static Stream<Arguments> observerStages() {
        return faultsSyncAndAsync().flatMap(a -> Stream.of(ObserverStage.values())
                .map(stage -> Arguments.of(a.get()[0], a.get()[1], stage)));
    }

    @ParameterizedTest(name = "{2} throws {0}, async={1}")
    @MethodSource("observerStages")
    void anObserverThatThrowsChangesNothing(Fault fault, boolean async, ObserverStage stage) {
        FaultSwitch fails = FaultSwitch.always(fault);
        Transport transport = new Transport(Calls.options(server.baseUri(), o -> o.observer(throwingAt(stage, fails))));

        assertThat(Mode.of(async).call(transport, Calls.getText("/ok"))).isEqualTo("ok");
        assertThat(fails.thrown()).isPositive();
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @ParameterizedTest(name = "the result shape throws {0}, async={1}")
    @MethodSource("faultsSyncAndAsync")
    void aDecoderThatThrowsEndsTheCallWithItsError(Fault fault, boolean async) {
        FaultSwitch fails = FaultSwitch.always(fault);
        ResultShape<String, String> shape = (response, body) -> {
            fails.hit();
            return body;
        };
        Throwable error = endsWith(async, Calls.getText("/ok"), shape);

        assertThat(error).hasSameClassAs(fault.create());
        assertThat(ends).singleElement().satisfies(end -> assertThat(end.error()).isSameAs(error));
        assertThat(server.requestCount()).isEqualTo(1);
    }

    /** A decoded type whose constructor runs {@link #DECODED}: user code inside the JSON decoder. */
    record Decoded(String name) {
        Decoded {
            DECODED.get().hit();
        }
    }

    private static final java.util.concurrent.atomic.AtomicReference<FaultSwitch> DECODED =
            new java.util.concurrent.atomic.AtomicReference<>(FaultSwitch.off());

    @ParameterizedTest(name = "a decoded type's constructor throws {0}, async={1}")
    @MethodSource("faultsSyncAndAsync")
    void aDecodedTypeThatThrowsEndsTheCall(Fault fault, boolean async) {
        server.handle("/decoded", r -> TestResponse.json(200, "{\"name\":\"Rex\"}"));
        FaultSwitch fails = FaultSwitch.always(fault);
        DECODED.set(fails);
        RestCall<Decoded> call = RestCall.builder("getDecoded", "GET", "/decoded", ResponseSpec.<Decoded>builder()
                .success("200", ResponseBody.json(io.github.contractgen.runtime.json.JsonType.of(Decoded.class)))
                .build()).build();
        Transport transport = new Transport(Calls.options(server.baseUri(), o -> o.observer(recordEnds())));
        try {
            Throwable error = Mode.of(async).failure(() -> Mode.of(async).call(transport, call));

            // Jackson may hand the Error on as it is or wrap it into a decoding failure: either way the call ends.
            assertThat(error).isNotNull();
            assertThat(fails.thrown()).isPositive();
            assertThat(ends).singleElement().satisfies(end -> assertThat(end.error()).isSameAs(error));
            assertThat(server.requestCount()).isEqualTo(1);
        } finally {
            DECODED.set(FaultSwitch.off());
        }
    }

    @ParameterizedTest(name = "the error factory throws {0}, async={1}")
    @MethodSource("faultsSyncAndAsync")
    void anErrorFactoryThatThrowsEndsTheCallWithItsError(Fault fault, boolean async) {
        FaultSwitch fails = FaultSwitch.always(fault);
        RestCall<String> call = RestCall.builder("getMissing", "GET", "/missing", ResponseSpec.<String>builder()
                .success("200", ResponseBody.text())
                .error("404", ResponseBody.text(), (response, body) -> {
                    fails.hit();
                    return new ApiException("getMissing", response, body);
                }).build()).build();

        Throwable error = endsWith(async, call, ResultShape.body());

        assertThat(error).hasSameClassAs(fault.create());
        assertThat(ends).singleElement().satisfies(end -> assertThat(end.error()).isSameAs(error));
    }

    @ParameterizedTest(name = "a credential throws {0}, async={1}")
    @MethodSource("faultsSyncAndAsync")
    void aCredentialThatThrowsEndsTheCallNamingOnlyTheErrorClass(Fault fault, boolean async) {
        FaultSwitch fails = FaultSwitch.always(fault);
        Credential throwing = new Credential() {
            @Override
            public String scheme() {
                return "token";
            }

            @Override
            public void apply(AuthTarget target) {
                fails.hit();
            }
        };
        RestCall<String> call = RestCall.builder("getText", "GET", "/ok",
                ResponseSpec.<String>builder().success("200", ResponseBody.text()).build())
                .security(List.of(List.of("token"))).build();

        Throwable error = endsWith(async, call, ResultShape.body(), o -> o.credentials(List.of(throwing)));

        assertThat(error).isExactlyInstanceOf(TransportException.class)
                .hasMessage("getText: a credential could not be applied (" + fault.create().getClass().getSimpleName() + ")");
        assertThat(ends).singleElement().satisfies(end -> assertThat(end.error()).isSameAs(error));
        assertThat(server.requestCount()).isZero();
    }

    @ParameterizedTest(name = "out of memory while the body is read, async={0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
    void runningOutOfMemoryWhileTheBodyIsReadIsNotRetried(boolean async) {
        HttpClientOptions options = Calls.options(server.baseUri(), o -> o.observer(recordEnds()));
        BodyMemory noMemory = new BodyMemory(options) {
            @Override
            byte[] allocate(int size) {
                Faults.outOfMemory().raise();
                return null;
            }
        };
        Transport transport = new Transport(options, noMemory);

        Throwable error = Mode.of(async).failure(() -> Mode.of(async).call(transport, Calls.getText("/ok")));

        assertThat(error).isInstanceOf(OutOfMemoryError.class);
        assertThat(server.requestCount()).isEqualTo(1); // the policy allows three attempts: an OOM is no I/O failure
        assertThat(ends).singleElement().satisfies(end -> assertThat(end.error()).isSameAs(error));
        assertThat(noMemory.inFlight()).isZero();
    }

    private <R> Throwable endsWith(boolean async, RestCall<String> call, ResultShape<String, R> shape) {
        return endsWith(async, call, shape, o -> o);
    }

    private <R> Throwable endsWith(boolean async, RestCall<String> call, ResultShape<String, R> shape,
            java.util.function.UnaryOperator<HttpClientOptions.Builder> options) {
        Transport transport = new Transport(Calls.options(server.baseUri(), o -> options.apply(o.observer(recordEnds()))));
        return Mode.of(async).failure(() -> Mode.of(async).call(transport, call, shape));
    }

    private Observer recordEnds() {
        return new Observer() {
            @Override
            public Observation start(CallInfo call) {
                return new Observation() {
                    @Override
                    public void onEnd(CallResult result) {
                        ends.add(result);
                    }
                };
            }
        };
    }

    private static Observer throwingAt(ObserverStage stage, FaultSwitch fails) {
        return new Observer() {
            @Override
            public Observation start(CallInfo call) {
                if (stage == ObserverStage.START) {
                    fails.hit();
                }
                return new Observation() {
                    @Override
                    public void inject(BiConsumer<String, String> headers) {
                        if (stage == ObserverStage.INJECT) {
                            fails.hit();
                        }
                    }

                    @Override
                    public void onAttempt(AttemptInfo attempt) {
                        if (stage == ObserverStage.ON_ATTEMPT) {
                            fails.hit();
                        }
                    }

                    @Override
                    public void onEnd(CallResult result) {
                        if (stage == ObserverStage.ON_END) {
                            fails.hit();
                        }
                    }
                };
            }
        };
    }
}
