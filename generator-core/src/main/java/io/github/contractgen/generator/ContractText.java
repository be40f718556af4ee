package io.github.contractgen.generator;

import io.github.contractgen.generator.model.Diagnostic;
import io.github.contractgen.generator.model.SourceLocation;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Refuses a candidate file that cannot be a contract because of its bytes: empty, binary or not UTF-8.
 *
 * <p>Without this check such a file either vanishes silently (the detector finds no contract marker in
 * it, so an empty {@code api.yaml} generates nothing and says nothing) or reaches a parser that reports
 * a confusing error at line 1. A file with a contract's extension below the contracts directory is meant
 * to be read; when it cannot be, the user must hear which file and where.
 */
final class ContractText {

    private ContractText() {}

    /** The error that makes {@code source} unreadable, or empty when its bytes are UTF-8 text. */
    static Optional<Diagnostic> problem(ContractFiles.Source source) {
        byte[] bytes = source.content();
        if (isBlank(bytes)) {
            return Optional.of(Diagnostic.error(SourceLocation.of(source.path()),
                    "the file is empty; write a contract in it or delete it"));
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return Optional.of(at(source, i, "the file is not text: it holds a NUL byte; contracts are"
                        + " UTF-8 text, so check that this is the file you meant"));
            }
        }
        int malformed = firstMalformed(bytes);
        if (malformed >= 0) {
            return Optional.of(at(source, malformed, String.format("the file is not UTF-8: byte 0x%02X cannot"
                    + " start or continue a UTF-8 character; save the file as UTF-8", bytes[malformed] & 0xFF)));
        }
        return Optional.empty();
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace((char) (b & 0xFF))) {
                return false;
            }
        }
        return true;
    }

    /** The index of the first byte that is not part of a well-formed UTF-8 sequence; -1 if none. */
    private static int firstMalformed(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                break;
            }
            out.clear(); // overflow: only the errors matter, not the text
        }
        return decoder.flush(out).isError() ? in.position() : -1;
    }

    /** A diagnostic at the 1-based line and column (in characters) of byte {@code offset}. */
    private static Diagnostic at(ContractFiles.Source source, int offset, String message) {
        byte[] bytes = source.content();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        for (int i = lineStart; i < offset; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                column++; // count characters, not the continuation bytes of one
            }
        }
        return Diagnostic.error(new SourceLocation(source.path(), line, column, ""), message);
    }
}
