package io.github.contractgen.generator.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.generator.corpus.GenerateAndCompile;
import io.github.contractgen.generator.testing.InMemoryCompiler;
import io.github.contractgen.runtime.auth.Credential;
import io.github.contractgen.runtime.auth.TokenProvider;
import io.github.contractgen.runtime.http.HttpClientOptions;
import io.github.contractgen.runtime.http.RestCall;
import io.github.contractgen.runtime.http.RestClientCore;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Calls every operation of a contract through the client generated from it, against a server that
 * validates each request against the same contract: once with only the required arguments, once with
 * every argument filled (see {@link SampleValues}).
 *
 * <p>The contract is generated alone in a scratch directory and compiled in memory ({@link GenerateAndCompile}, with
 * {@code -parameters}, so that an argument's name leads to its schema). The operations are the static
 * methods of the generated {@code *Calls} classes, each of which makes one operation's
 * {@link RestCall}; the generated API methods only hand that call to the client core. Credentials come
 * from the generated {@code *Auth} class (an OAuth2 scheme through a fixed token, never a token
 * endpoint), so that security requirements are met as a user's client would meet them.
 *
 * <p>What the server answers is not the subject: once a request has reached the server, a failure to
 * decode its empty answer is counted in {@link Report#responseFailures()} and otherwise ignored. A
 * client that throws before sending is a finding ({@code client.refused}), as is an argument this class
 * cannot make ({@code harness.*}), so that nothing is skipped unseen.
 */
public final class ContractConformance {

    private static final String SECRET = "conformance-secret";

    private ContractConformance() {}

    /**
     * What one contract's run found.
     *
     * @param operations how many operations were called (each twice)
     * @param requests how many requests reached the server
     * @param responseFailures calls that failed after their request reached the server
     * @param findings every validator error and client refusal, in call order
     */
    public record Report(int operations, int requests, int responseFailures, List<Finding> findings) {}

    /** Generates, compiles and calls every operation of {@code contract}; {@code work} is an empty scratch directory. */
    public static Report check(Path contract, Path work) throws IOException {
        return check(contract, contract, work);
    }

    /**
     * {@link #check Checks} {@code contract} and fails unless a request reached the server, every finding
     * is one {@code allowed} explains, and every entry of {@code allowed} for this contract still matches
     * one (a fixed fault must take its entry with it).
     */
    public static void assertConforms(Path contract, Allowlist allowed, Path work) throws IOException {
        Report report = check(contract, work);
        assertThat(report.requests()).as("requests that reached the server").isPositive();
        assertThat(allowed.unexplained(report.findings()))
                .as("%d operations, %d requests: findings", report.operations(), report.requests())
                .isEmpty();
        assertThat(allowed.unused(contract.getFileName().toString(), report.findings()))
                .as("allowlist entries that match nothing any more").isEmpty();
    }

    /**
     * Calls every operation of the client generated from {@code generatedFrom} against a server that
     * validates with {@code validatedAgainst}: a different contract only to show that a drift is found.
     */
    static Report check(Path generatedFrom, Path validatedAgainst, Path work) throws IOException {
        InMemoryCompiler.Compilation compiled = GenerateAndCompile.run(generatedFrom, work, List.of("-parameters"));
        ContractFacts facts = ContractFacts.read(validatedAgainst);
        List<Method> operations = operations(compiled);
        assertThat(operations).as("operations generated from %s", generatedFrom).isNotEmpty();
        String contract = validatedAgainst.getFileName().toString();
        try (ValidatingServer server = new ValidatingServer(validatedAgainst, facts.basePath(), facts::successStatus);
                RestClientCore core = RestClientCore.create(HttpClientOptions.builder()
                        .serviceName("conformance")
                        .baseUri(server.baseUri(facts.basePath()))
                        .credentials(credentials(compiled))
                        .build())) {
            int responseFailures = 0;
            for (Method operation : operations) {
                for (SampleValues.Fill fill : SampleValues.Fill.values()) {
                    responseFailures += call(operation, fill, facts, server, core, contract);
                }
            }
            return new Report(operations.size(), server.requestCount(), responseFailures, server.findings());
        }
    }

    /** Makes one call; returns 1 when it failed after its request reached the server, else 0. */
    private static int call(Method operation, SampleValues.Fill fill, ContractFacts facts, ValidatingServer server,
            RestClientCore core, String contract) {
        String operationId = operation.getName();
        Object[] arguments;
        try {
            arguments = arguments(operation, fill, facts);
        } catch (IllegalStateException cannot) {
            server.add(new Finding(contract, operationId, fill, "harness.arguments", cannot.getMessage()));
            return 0;
        }
        RestCall<?> call;
        try {
            call = (RestCall<?>) operation.invoke(null, arguments);
        } catch (InvocationTargetException refused) {
            server.add(new Finding(contract, operationId, fill, "client.refused", String.valueOf(refused.getCause())));
            return 0;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        operationId = call.operationId();
        server.expect(new ValidatingServer.Call(operationId, fill));
        int before = server.requestCount();
        try {
            core.callWithResponse(call);
            return 0;
        } catch (RuntimeException failed) {
            if (server.requestCount() > before) {
                return 1;
            }
            server.add(new Finding(contract, operationId, fill, "client.refused", String.valueOf(failed)));
            return 0;
        }
    }

    private static Object[] arguments(Method operation, SampleValues.Fill fill, ContractFacts facts) {
        SampleValues values = new SampleValues(fill, facts::property);
        Parameter[] parameters = operation.getParameters();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Schema<?> schema = facts.schema(operation.getName(), parameters[i].getName()).orElse(null);
            arguments[i] = values.argument(parameters[i].getAnnotatedType(), schema);
        }
        return arguments;
    }

    /** The static methods of the generated {@code *Calls} classes that make a {@link RestCall}, in name order. */
    private static List<Method> operations(InMemoryCompiler.Compilation compiled) {
        List<Method> operations = new ArrayList<>();
        for (String name : compiled.classNames()) {
            if (!name.endsWith("Calls") || name.contains("$")) {
                continue;
            }
            Arrays.stream(compiled.load(name).getDeclaredMethods())
                    .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getReturnType() == RestCall.class)
                    .sorted(Comparator.comparing(Method::getName).thenComparing(Method::getParameterCount))
                    .forEach(m -> {
                        m.setAccessible(true);
                        operations.add(m);
                    });
        }
        return operations;
    }

    /**
     * One credential per security scheme, made by the generated {@code *Auth} class: from a fixed token
     * where a factory takes a {@link TokenProvider}, else from a factory that takes only strings. The
     * client-credentials factory (a client id and secret) is never called: it would build a token client
     * for the contract's token URL, which is not this server; its scheme's token factory serves instead.
     */
    private static List<Credential> credentials(InMemoryCompiler.Compilation compiled) {
        Map<String, Credential> byScheme = new LinkedHashMap<>();
        Map<String, Credential> fromStrings = new LinkedHashMap<>();
        for (String name : compiled.classNames()) {
            if (!name.endsWith("Auth") || name.contains("$")) {
                continue;
            }
            Method[] factories = compiled.load(name).getMethods();
            Arrays.sort(factories, Comparator.comparing(Method::getName).thenComparing(Method::getParameterCount));
            for (Method factory : factories) {
                if (!Modifier.isStatic(factory.getModifiers()) || factory.getReturnType() != Credential.class) {
                    continue;
                }
                Class<?>[] types = factory.getParameterTypes();
                if (types.length == 1 && types[0] == TokenProvider.class) {
                    Credential credential = invoke(factory, (TokenProvider) () -> SECRET);
                    byScheme.putIfAbsent(credential.scheme(), credential);
                } else if (types.length > 0 && Arrays.stream(types).allMatch(t -> t == String.class)
                        && Arrays.stream(factory.getParameters())
                                .noneMatch(parameter -> parameter.getName().equals("clientSecret"))) {
                    Object[] secrets = new Object[types.length];
                    Arrays.fill(secrets, SECRET);
                    Credential credential = invoke(factory, secrets);
                    fromStrings.putIfAbsent(credential.scheme(), credential);
                }
            }
        }
        fromStrings.forEach(byScheme::putIfAbsent);
        return List.copyOf(byScheme.values());
    }

    private static Credential invoke(Method factory, Object... arguments) {
        try {
            return (Credential) factory.invoke(null, arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a credential with " + factory, e);
        }
    }
}
