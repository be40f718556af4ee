package io.github.contractgen.generator.emit.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import io.github.contractgen.generator.reader.AsyncApiReader;
import io.github.contractgen.generator.reader.ReadResult;
import io.github.contractgen.generator.reader.ReaderOptions;
import io.github.contractgen.generator.testing.InMemoryCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A correlation id header the contract requires is the producer's to fill: a caller who leaves it null
 * in the headers record gets a message with a new id, as the producer's Javadoc promises, while every
 * other required header stays refused before anything is sent, naming its path. Requests do the same
 * with the id the runtime fills. The receiving side stays strict: a message without the required
 * correlation id header goes to the dead-letter handler, and the handler never sees it.
 */
class CorrelationIdFunctionalTest {

    private static final String HEADERS = """
                  type: object
                  required: [correlationId, source]
                  properties:
                    correlationId:
                      type: string
                    source:
                      type: string
            """;

    private static final String ASYNCAPI_2 = """
            asyncapi: 2.6.0
            info:
              title: Stock
              version: 1.0.0
            defaultContentType: application/json
            channels:
              stock.counted:
                publish:
                  operationId: publishCount
                  message:
                    $ref: '#/components/messages/counted'
                subscribe:
                  operationId: onCount
                  message:
                    $ref: '#/components/messages/counted'
            components:
              messages:
                counted:
                  name: counted
                  correlationId:
                    location: '$message.header#/correlationId'
                  headers:
            %s
                  payload:
                    type: object
                    required: [count]
                    properties:
                      count:
                        type: integer
                        format: int32
            """.formatted(HEADERS.indent(6).stripTrailing());

    private static final String ASYNCAPI_3 = """
            asyncapi: 3.0.0
            info:
              title: Stock
              version: 1.0.0
            defaultContentType: application/json
            channels:
              counted:
                address: 'stock.counted'
                messages:
                  counted:
                    $ref: '#/components/messages/counted'
              quotes:
                address: 'stock.quotes'
                messages:
                  quoteRequest:
                    $ref: '#/components/messages/quoteRequest'
              quoteReplies:
                address: 'stock.quotes.reply'
                messages:
                  quote:
                    $ref: '#/components/messages/quote'
            operations:
              publishCount:
                action: receive
                channel:
                  $ref: '#/channels/counted'
              onCount:
                action: send
                channel:
                  $ref: '#/channels/counted'
              receiveQuote:
                action: receive
                channel:
                  $ref: '#/channels/quotes'
                reply:
                  channel:
                    $ref: '#/channels/quoteReplies'
              sendQuote:
                action: send
                channel:
                  $ref: '#/channels/quotes'
                reply:
                  channel:
                    $ref: '#/channels/quoteReplies'
            components:
              messages:
                counted:
                  name: counted
                  correlationId:
                    location: '$message.header#/correlationId'
                  headers:
            %1$s
                  payload:
                    type: object
                    required: [count]
                    properties:
                      count:
                        type: integer
                        format: int32
                quoteRequest:
                  name: quoteRequest
                  correlationId:
                    location: '$message.header#/correlationId'
                  headers:
            %1$s
                  payload:
                    type: object
                    required: [count]
                    properties:
                      count:
                        type: integer
                        format: int32
                quote:
                  name: quote
                  payload:
                    type: object
                    required: [price]
                    properties:
                      price:
                        type: integer
                        format: int32
            """.formatted(HEADERS.indent(6).stripTrailing());

    /**
     * Sends with a null correlation id, then without the other required header, then writes a message
     * past the producer that lacks the correlation id header; reports the refusal, then what the handler
     * and the dead-letter handler saw, in the order the one consumer saw it.
     */
    private static final String EVENTS_DRIVER = """
            package demo;

            import demo.stock.StockEvents;
            import demo.stock.model.CountedHeaders;
            import demo.stock.model.CountedPayload;
            import io.github.contractgen.runtime.events.DeliveryPolicy;
            import io.github.contractgen.runtime.events.InMemoryTransport;
            import io.github.contractgen.runtime.events.OutgoingMessage;
            import java.nio.charset.StandardCharsets;
            import java.time.Duration;
            import java.util.List;
            import java.util.Map;
            import java.util.concurrent.Callable;
            import java.util.concurrent.CopyOnWriteArrayList;
            import java.util.concurrent.CountDownLatch;
            import java.util.concurrent.TimeUnit;

            public final class Driver implements Callable<List<String>> {
                @Override
                public List<String> call() throws Exception {
                    List<String> seen = new CopyOnWriteArrayList<>();
                    List<String> received = new CopyOnWriteArrayList<>();
                    InMemoryTransport memory = InMemoryTransport.create();
                    CountDownLatch done = new CountDownLatch(3);
                    try (StockEvents stock = StockEvents.builder().transport(memory)
                            .deliveryPolicy(new DeliveryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1)))
                            .deadLetters((message, attempts, error) -> {
                                received.add("dead letter: " + error.getClass().getSimpleName() + ": " + error.getMessage());
                                done.countDown();
                            })
                            .build()) {
                        stock.onOnCount((payload, headers) -> {
                            received.add("handled " + payload.count() + " from " + headers.source() + " with "
                                    + (headers.correlationId().isBlank() ? "a blank id" : "an id"));
                            done.countDown();
                        });
                        stock.publishCount().send(new CountedPayload(1), new CountedHeaders(null, "shop"));
                        try {
                            stock.publishCount().send(new CountedPayload(2), new CountedHeaders("c-2", null));
                            seen.add("sent without source");
                        } catch (IllegalArgumentException e) {
                            seen.add("refused: " + e.getMessage());
                        }
                        memory.send(new OutgoingMessage("stock.counted", null, Map.of("source", "raw"),
                                "{\\"count\\":3}".getBytes(StandardCharsets.UTF_8), "application/json", Map.of())).join();
                        stock.publishCount().send(new CountedPayload(4), new CountedHeaders("c-4", "shop"));
                        if (!done.await(30, TimeUnit.SECONDS)) {
                            received.add("not all handled");
                        }
                    }
                    seen.addAll(received);
                    return seen;
                }
            }
            """;

    /**
     * Requests with a null correlation id, then without the other required header; the replier answers
     * with the count doubled and the source it saw, so a reply proves the request arrived whole.
     */
    private static final String REQUEST_DRIVER = """
            package demo;

            import demo.stock.StockEvents;
            import demo.stock.model.QuotePayload;
            import demo.stock.model.QuoteRequestHeaders;
            import demo.stock.model.QuoteRequestPayload;
            import io.github.contractgen.runtime.events.InMemoryTransport;
            import java.time.Duration;
            import java.util.List;
            import java.util.concurrent.Callable;
            import java.util.concurrent.CopyOnWriteArrayList;

            public final class Driver implements Callable<List<String>> {
                @Override
                public List<String> call() throws Exception {
                    List<String> seen = new CopyOnWriteArrayList<>();
                    try (StockEvents stock = StockEvents.builder().transport(InMemoryTransport.create())
                            .requestTimeout(Duration.ofSeconds(30)).build()) {
                        stock.onQuoteRequest((payload, headers) -> {
                            seen.add("asked by " + headers.source() + " with "
                                    + (headers.correlationId().isBlank() ? "a blank id" : "an id"));
                            return new QuotePayload(payload.count() * 2);
                        });
                        QuotePayload quote = stock.quoteRequest().request(new QuoteRequestPayload(21),
                                new QuoteRequestHeaders(null, "shop"), Duration.ofSeconds(30));
                        seen.add("quoted " + quote.price());
                        try {
                            stock.quoteRequest().request(new QuoteRequestPayload(1), new QuoteRequestHeaders("c-1", null),
                                    Duration.ofSeconds(30));
                            seen.add("requested without source");
                        } catch (IllegalArgumentException e) {
                            seen.add("refused: " + e.getMessage());
                        }
                    }
                    return seen;
                }
            }
            """;

    @ParameterizedTest
    @ValueSource(strings = {"2", "3"})
    void aNullCorrelationIdIsFilledAndEveryOtherRequiredHeaderStaysRequired(String version, @TempDir Path contracts)
            throws Exception {
        String contract = version.equals("2") ? ASYNCAPI_2 : ASYNCAPI_3;
        assertThat(run(contracts, contract, EVENTS_DRIVER)).containsExactly(
                "refused: cannot encode demo.stock.model.CountedHeaders as JSON: $.source: a required value is null",
                "handled 1 from shop with an id",
                "dead letter: MalformedMessageException: the message on 'stock.counted' breaks the contract in its"
                        + " headers: JSON does not decode as demo.stock.model.CountedHeaders: $.correlationId:"
                        + " a required property is missing (line 1, column 16)",
                "handled 4 from shop with an id");
    }

    @Test
    void aRequestWithANullCorrelationIdGetsTheRuntimesIdAndItsReply(@TempDir Path contracts) throws Exception {
        assertThat(run(contracts, ASYNCAPI_3, REQUEST_DRIVER)).containsExactly(
                "asked by shop with an id",
                "quoted 42",
                "refused: cannot encode demo.stock.model.QuoteRequestHeaders as JSON: $.source: a required value is null");
    }

    @SuppressWarnings("unchecked")
    private static List<String> run(Path contracts, String contract, String driver) throws Exception {
        Files.writeString(contracts.resolve("stock.yaml"), contract);
        ReadResult read = new AsyncApiReader().read(contracts, contracts.resolve("stock.yaml"), ReaderOptions.defaults());
        List<JavaFile> files = GeneratedEvents.emit(read, "demo");
        InMemoryCompiler.Compilation compiled = InMemoryCompiler.compile(files, Map.of("demo/Driver.java", driver))
                .requireSuccess();
        return ((Callable<List<String>>) compiled.load("demo.Driver").getDeclaredConstructor().newInstance()).call();
    }
}
