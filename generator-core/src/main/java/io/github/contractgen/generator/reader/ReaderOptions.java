package io.github.contractgen.generator.reader;

/**
 * Options that change how contracts are read.
 *
 * @param allowRemoteRefs whether {@code $ref}s to http(s) URLs may be fetched; off by default, so a
 *     build never reaches the network because a contract says so
 */
public record ReaderOptions(boolean allowRemoteRefs) {

    public static ReaderOptions defaults() {
        return new ReaderOptions(false);
    }
}
