package io.github.contractgen.testsupport;

/**
 * Answers one request to a {@link TestHttpsServer}. It runs on a server thread of its own and may
 * block (to simulate a slow server); an exception it throws becomes a 500 response.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface TestHandler {

    TestResponse handle(RecordedRequest request) throws Exception;
}
