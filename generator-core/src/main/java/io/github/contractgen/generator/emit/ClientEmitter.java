package io.github.contractgen.generator.emit;

import com.palantir.javapoet.JavaFile;
import io.github.contractgen.generator.emit.client.ClientFiles;
import java.util.List;

/**
 * Emits the REST client of one service: the sync and async clients, one API class pair per tag
 * group, the package-private call descriptions both share, the service's exception and, when the
 * contract has security schemes, its credential factories. Model classes come from the model emitter.
 */
public final class ClientEmitter implements Emitter {

    @Override
    public List<JavaFile> emit(EmitContext context) {
        if (context.contract().kind() == io.github.contractgen.generator.model.ContractKind.ASYNCAPI) {
            return List.of(); // events have their own emitter; a REST client of no operations is noise
        }
        return ClientFiles.of(context);
    }
}
