package io.github.contractgen.generator.emit.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import io.github.contractgen.generator.emit.EmitContext;
import io.github.contractgen.generator.emit.EventsEmitter;
import io.github.contractgen.generator.emit.ModelEmitter;
import io.github.contractgen.generator.model.Contract;
import io.github.contractgen.generator.model.Diagnostic;
import io.github.contractgen.generator.model.Service;
import io.github.contractgen.generator.naming.SymbolTable;
import io.github.contractgen.generator.reader.ReadResult;
import java.util.ArrayList;
import java.util.List;

/** Reads an AsyncAPI contract and emits its model and events classes, as the standard pipeline does. */
final class GeneratedEvents {

    private GeneratedEvents() {}

    static List<JavaFile> emit(ReadResult result, String basePackage) {
        assertThat(result.diagnostics().stream().filter(Diagnostic::isError)).isEmpty();
        Contract contract = result.contract().orElseThrow();
        List<JavaFile> files = new ArrayList<>();
        for (Service service : contract.services()) {
            SymbolTable symbols = SymbolTable.of(basePackage, List.of(service.name()), service);
            EmitContext context = new EmitContext(contract, service, symbols, "test");
            files.addAll(new ModelEmitter().emit(context));
            files.addAll(new EventsEmitter().emit(context));
        }
        return files;
    }
}
