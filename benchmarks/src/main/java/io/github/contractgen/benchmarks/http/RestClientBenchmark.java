package io.github.contractgen.benchmarks.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.contractgen.benchmarks.generated.petstore.PetstoreAuth;
import io.github.contractgen.benchmarks.generated.petstore.PetstoreClient;
import io.github.contractgen.benchmarks.generated.petstore.model.Category;
import io.github.contractgen.benchmarks.generated.petstore.model.NewPet;
import io.github.contractgen.benchmarks.generated.petstore.model.Pet;
import io.github.contractgen.benchmarks.generated.petstore.model.PetStatus;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The generated petstore client against the same calls written by hand with {@code java.net.http}
 * and Jackson, on one loopback server.
 *
 * <p>The hand-written side is what a careful person would write without a generator: one shared
 * {@link HttpClient} (HTTP/1.1, as the generated client uses for {@code http://}), one
 * {@link ObjectMapper}, the same API-key header, a status check and the same model records for the
 * bodies, so that the difference is the generated client and its runtime (call description, parameter
 * rendering, response specification, observer hooks), not the JSON mapping of different classes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RestClientBenchmark {

    private static final String API_KEY = "benchmark-key";
    private static final NewPet NEW_PET = new NewPet("Rex", PetStatus.AVAILABLE, List.of("dog", "friendly"),
            new Category("Dogs", List.of()), LocalDate.of(2020, 2, 29), Map.of("colour", "brown"));

    private LoopbackServer server;
    private PetstoreClient generated;
    private HttpClient http;
    private ObjectMapper mapper;
    private URI base;

    @Setup(Level.Trial)
    public void start() {
        server = LoopbackServer.start();
        base = server.baseUri();
        generated = PetstoreClient.builder()
                .baseUri(base)
                .auth(PetstoreAuth.apiKey(API_KEY))
                .timeouts(Duration.ofSeconds(10), Duration.ofSeconds(30))
                .build();
        http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @TearDown(Level.Trial)
    public void stop() {
        generated.close();
        server.close();
    }

    @Benchmark
    public Pet getPetGenerated() {
        return generated.pets().getPetById(42);
    }

    @Benchmark
    public Pet getPetHandWritten() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/pets/" + 42))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("X-API-Key", API_KEY)
                .GET()
                .build();
        return decode(http.send(request, HttpResponse.BodyHandlers.ofByteArray()), 200);
    }

    @Benchmark
    public Pet createPetGenerated() {
        return generated.pets().createPet(NEW_PET);
    }

    @Benchmark
    public Pet createPetHandWritten() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/pets"))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("X-API-Key", API_KEY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(NEW_PET)))
                .build();
        return decode(http.send(request, HttpResponse.BodyHandlers.ofByteArray()), 201);
    }

    private Pet decode(HttpResponse<byte[]> response, int expected) throws IOException {
        if (response.statusCode() != expected) {
            throw new IOException("HTTP " + response.statusCode() + " from " + response.uri());
        }
        return mapper.readValue(response.body(), Pet.class);
    }
}
