package io.github.contractgen.generator.emit;

import com.palantir.javapoet.JavaFile;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns one service into Java files. An emitter is a pure function of the model: it reads no file,
 * writes nothing and never sees a parser's classes. The files it returns must not depend on iteration
 * order of hash-based collections.
 */
@FunctionalInterface
public interface Emitter {

    List<JavaFile> emit(EmitContext context);

    /**
     * Hands each file to {@code sink} as soon as it is built, in the order {@link #emit} returns them.
     * The generator calls this one, and turns each file into text before the next is built: an emitter
     * of thousands of files (the model of a large contract) then never holds all their JavaPoet trees
     * at once, which for the largest descriptions is a hundred megabytes of heap the collector keeps
     * tracing. The default builds the list first.
     */
    default void emitEach(EmitContext context, Consumer<JavaFile> sink) {
        emit(context).forEach(sink);
    }
}
