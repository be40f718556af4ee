package io.github.contractgen.generator.emit;

import com.palantir.javapoet.JavaFile;
import java.util.List;

/**
 * Turns one service into Java files. An emitter is a pure function of the model: it reads no file,
 * writes nothing and never sees a parser's classes. The files it returns must not depend on iteration
 * order of hash-based collections.
 */
@FunctionalInterface
public interface Emitter {

    List<JavaFile> emit(EmitContext context);
}
