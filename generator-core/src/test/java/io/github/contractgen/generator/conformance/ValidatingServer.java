package io.github.contractgen.generator.conformance;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import io.github.contractgen.testsupport.QueryStrings;
import io.github.contractgen.testsupport.RecordedRequest;
import io.github.contractgen.testsupport.TestHttpsServer;
import io.github.contractgen.testsupport.TestResponse;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * A plain HTTP server on 127.0.0.1 that checks every request against the contract with Atlassian's
 * request validator and records each error as a {@link Finding} of the call in progress; it answers
 * with the operation's success status and no body (the request is the subject, not the response).
 */
final class ValidatingServer implements AutoCloseable {

    private final TestHttpsServer server = TestHttpsServer.http();
    private final OpenApiInteractionValidator validator;
    private final String contract;
    private final ToIntFunction<String> status;
    private final List<Finding> findings = new ArrayList<>();
    private volatile Call current;

    /** The call whose requests arrive now. */
    record Call(String operationId, SampleValues.Fill fill) {}

    /**
     * @param basePath the path the contract's operations are under ({@code /v1}, or empty)
     * @param status the status to answer an operation with
     */
    ValidatingServer(Path contract, String basePath, ToIntFunction<String> status) {
        this.contract = contract.getFileName().toString();
        this.status = status;
        this.validator = OpenApiInteractionValidator.createForSpecificationUrl(contract.toUri().toString())
                .withBasePathOverride(basePath.isEmpty() ? "/" : basePath)
                // The validator treats every object schema as closed (additionalProperties: false) unless
                // told otherwise; kept, since it catches a client that sends a name the contract lacks. With
                // allOf unresolved, each part would then refuse the other parts' properties: resolve it.
                .withResolveCombinators(true)
                .build();
        server.handle("/", this::answer);
    }

    /** Where the client sends its requests: the server, then the base path. */
    URI baseUri(String basePath) {
        return URI.create(server.baseUri() + basePath);
    }

    /** Marks the requests that follow as {@code call}'s. */
    void expect(Call call) {
        this.current = call;
    }

    int requestCount() {
        return server.requestCount();
    }

    /** Every finding so far. */
    synchronized List<Finding> findings() {
        return List.copyOf(findings);
    }

    synchronized void add(Finding finding) {
        findings.add(finding);
    }

    private TestResponse answer(RecordedRequest request) {
        Call call = current;
        ValidationReport report = validator.validateRequest(asRequest(request));
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR) {
                add(new Finding(contract, call.operationId(), call.fill(), message.getKey(),
                        message.getMessage() + nested(message) + " (" + request + excerpt(request) + ")"));
            }
        }
        return TestResponse.status(status.applyAsInt(call.operationId()));
    }

    /** The causes the validator gives of a message ({@code allOf} and {@code oneOf} nest them), in brackets. */
    private static String nested(ValidationReport.Message message) {
        StringBuilder causes = new StringBuilder();
        for (ValidationReport.Message cause : message.getNestedMessages()) {
            causes.append(" [").append(cause.getMessage()).append(nested(cause)).append(']');
        }
        return causes.toString();
    }

    /** The start of the body, so that a finding shows what was sent. */
    private static String excerpt(RecordedRequest request) {
        String body = request.bodyText();
        return body.isEmpty() ? "" : " body " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
    }

    private static Request asRequest(RecordedRequest recorded) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(recorded.method(), recorded.rawPath());
        recorded.headers().forEach(request::withHeader);
        if (recorded.body().length > 0) {
            request.withBody(recorded.body());
        }
        QueryStrings.parse(recorded.rawQuery()).forEach(request::withQueryParam);
        return request.build();
    }

    @Override
    public void close() {
        server.close();
    }
}
