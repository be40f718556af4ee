package io.github.contractgen.demo;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import io.github.contractgen.sample.petstore.PetstoreAuth;
import io.github.contractgen.sample.petstore.PetstoreClient;
import io.github.contractgen.sample.petstore.PetstoreConfig;
import io.github.contractgen.sample.petstore.PetstoreException;
import io.github.contractgen.sample.petstore.model.Card;
import io.github.contractgen.sample.petstore.model.NewPet;
import io.github.contractgen.sample.petstore.model.Order;
import io.github.contractgen.sample.petstore.model.Pet;
import io.github.contractgen.sample.petstore.model.PetStatus;
import io.github.contractgen.testsupport.TestCertificates;
import io.github.contractgen.testsupport.TestCertificates.ServerIdentity;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.SSLContext;

/**
 * The demo: makes certificates, starts the sample Petstore server (HTTPS) and the inventory server
 * (gRPC) on 127.0.0.1, both requiring a client certificate, calls them with the generated sync and
 * async clients over mutual TLS (the REST client configured through its generated {@code PetstoreConfig}), publishes and consumes the two AsyncAPI services' events on the
 * in-memory transport, and prints what the one observer saw of all of it.
 */
public final class Demo {

    private Demo() {}

    public static void main(String[] args) throws Exception {
        run(System.out);
    }

    /** Runs the whole demo, printing to {@code out}; returns what the observer recorded. */
    public static RecordingObserver run(PrintStream out) throws IOException, InterruptedException {
        Path workDirectory = Files.createTempDirectory("contractgen-demo");
        RecordingObserver observer = new RecordingObserver();
        try {
            TestCertificates certificates = TestCertificates.generate(workDirectory);
            out.println("Certificates in " + workDirectory);
            rest(workDirectory, certificates, observer, out);
            out.println();
            GrpcDemo.run(certificates, observer, out);
        } finally {
            deleteTree(workDirectory);
        }
        out.println();
        EventsDemo.run(observer, out);
        out.println();
        out.println("What the observer saw:");
        out.print(observer.table());
        return observer;
    }

    /**
     * The REST part: the Petstore server over HTTPS with a client certificate required, and a client
     * whose base URI, TLS and timeouts come from {@code PetstoreConfig}, as a deployed application's would.
     */
    private static void rest(Path workDirectory, TestCertificates certificates, RecordingObserver observer, PrintStream out)
            throws IOException {
        try (PetstoreServer server = new PetstoreServer(mutualTlsServer(certificates.serverSslContext(ServerIdentity.GOOD)))) {
            PetstoreConfig config = petstoreConfig(workDirectory, server.baseUri(), certificates);
            out.println("Petstore server on " + server.baseUri() + " (mutual TLS)");
            out.println("Petstore client configured by " + config);
            try (PetstoreClient petstore = PetstoreClient.builder()
                    .config(config)                                          // base URI, TLS, timeouts
                    .auth(PetstoreAuth.apiKey(PetstoreServer.API_KEY),       // credentials made in code win over config
                            PetstoreAuth.oauth2(() -> PetstoreServer.BEARER), // any TokenProvider plugs in here
                            PetstoreAuth.basic("demo", "secret"))
                    .observer(observer)
                    .build()) {
                callSync(petstore, out);
                callAsync(petstore, out);
            }
        }
    }

    /**
     * The client's settings as an application keeps them: a config file (what {@code PETSTORE_CONFIG_FILE}
     * or {@code -Dpetstore.configFile} names in a deployment) says where and how to connect, and the
     * client key's password, a secret that is never read from a file, comes as a system property. The
     * properties are a map rather than {@code System.setProperty}, and the environment is left out, so
     * that the demo neither changes nor depends on the JVM it runs in (its test runs it in the build's).
     */
    private static PetstoreConfig petstoreConfig(Path directory, URI baseUri, TestCertificates certificates)
            throws IOException {
        Path file = directory.resolve("petstore.properties");
        Files.writeString(file, String.join("\n",
                "petstore.baseUri=" + baseUri,
                "petstore.tls.caBundle=" + portable(certificates.caBundle()),
                "petstore.tls.certificateChain=" + portable(certificates.clientCertificateChain()),
                "petstore.tls.privateKey=" + portable(certificates.clientKeyEncrypted()),
                "petstore.timeouts.connect=PT10S",
                "petstore.timeouts.request=PT30S",
                ""), StandardCharsets.UTF_8);
        Map<String, String> systemProperties = Map.of("petstore.tls.privateKeyPassword", new String(certificates.password()));
        return PetstoreConfig.builder().file(file).systemProperties(systemProperties::get).environment(name -> null).build();
    }

    /** A path as a {@code .properties} value: a backslash there would start an escape. */
    private static String portable(Path path) {
        return path.toAbsolutePath().toString().replace('\\', '/');
    }

    private static void callSync(PetstoreClient petstore, PrintStream out) {
        out.println("health: " + petstore.health().status());
        Pet rex = petstore.pets().createPet(new NewPet("Rex", PetStatus.AVAILABLE, List.of("dog"), null, null,
                Map.of("colour", "brown")));
        out.println("created: " + rex.name() + " with id " + rex.id());
        petstore.pets().createPet(new NewPet("Tom", PetStatus.of("adopted"), List.of("cat"), null, null, Map.of()));
        List<Pet> dogs = petstore.pets().listPets(List.of("dog"), List.of(PetStatus.AVAILABLE), 10, null);
        out.println("available dogs: " + dogs.stream().map(Pet::name).toList());
        Order order = petstore.store().placeOrder(new Order(null, rex.id(), 1, new BigDecimal("129.90"),
                new Card("4111111111111111", "2030-12"), null));
        out.println("order " + order.id() + " paid by " + order.payment().getClass().getSimpleName());
        out.println("inventory: " + petstore.store().getInventory());
        out.println("login: session " + petstore.users().login(true));
        try {
            petstore.pets().getPetById(404_404);
        } catch (PetstoreException.NotFound e) {
            out.println("getPetById(404404) -> HTTP " + e.status() + ": " + e.body().message());
        }
    }

    private static void callAsync(PetstoreClient petstore, PrintStream out) {
        CompletableFuture<List<Pet>> all = petstore.async().pets().listPets();
        CompletableFuture<Pet> first = all.thenCompose(pets -> petstore.async().pets().getPetById(pets.get(0).id()));
        Pet pet = first.join();
        out.println("async: first pet is " + pet.name() + ", status " + pet.status()
                + (pet.status() != null && !pet.status().isKnown() ? " (a value this client does not know, kept)" : ""));
    }

    private static HttpsServer mutualTlsServer(SSLContext context) throws IOException {
        // The JDK's server writes a response's head and body separately; without TCP_NODELAY each
        // response waits for the client's delayed ACK (about 40 ms on Linux), which the table below
        // would show as the client's time. Read once, when the JDK's server classes load.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context) {
            @Override
            public void configure(HttpsParameters parameters) {
                var ssl = context.getDefaultSSLParameters();
                ssl.setNeedClientAuth(true);
                parameters.setSSLParameters(ssl);
            }
        });
        return server;
    }

    private static void deleteTree(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
