package io.github.contractgen.generator.reader.asyncapi;

import io.github.contractgen.generator.reader.AsyncApiReader;
import io.github.contractgen.generator.reader.ReadResult;
import io.github.contractgen.generator.reader.ReaderOptions;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Reads the AsyncAPI test contracts and the shared corpus. */
public final class AsyncApiFixtures {

    /** The shared corpus, or the folder named by {@code -Dcontractgen.corpus.asyncapi}. */
    public static final Path CORPUS = Path.of(System.getProperty("contractgen.corpus.asyncapi",
            "/work/shared/corpus/asyncapi"));

    private AsyncApiFixtures() {}

    /** The directory of the test contracts ({@code src/test/resources/asyncapi}). */
    public static Path directory() {
        try {
            return Path.of(AsyncApiFixtures.class.getResource("/asyncapi/lights-3.0.yaml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ReadResult read(String name) {
        return new AsyncApiReader().read(directory(), directory().resolve(name), ReaderOptions.defaults());
    }

    public static ReadResult readCorpus(String relative) {
        return new AsyncApiReader().read(CORPUS, CORPUS.resolve(relative), ReaderOptions.defaults());
    }
}
