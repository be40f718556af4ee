package io.github.contractgen.maven;

import io.github.contractgen.generator.GenerationRequest;
import io.github.contractgen.generator.GenerationResult;
import io.github.contractgen.generator.Generator;
import java.io.IOException;
import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

/**
 * The plugin's one link to generator-core: runs a request through the standard generator.
 *
 * <p>A component rather than a {@code new} in the Mojo so that the Mojo stays a thin mapping of
 * parameters, and so that the generator, which holds no per-run state, is built once per build and
 * shared by every module and thread.
 */
@Named
@Singleton
public class ContractgenRunner {

    private final Generator generator;

    @Inject
    public ContractgenRunner() {
        this(Generator.standard());
    }

    ContractgenRunner(Generator generator) {
        this.generator = generator;
    }

    /** Brings the request's output directory up to date; see {@link Generator#generate}. */
    public GenerationResult run(GenerationRequest request) throws IOException {
        return generator.generate(request);
    }
}
