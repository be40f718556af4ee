package io.github.contractgen.generator.reader;

/**
 * Options that change how contracts are read.
 *
 * @param allowRemoteRefs whether {@code $ref}s to http(s) URLs may be fetched; off by default, so a
 *     build never reaches the network because a contract says so
 * @param lenientRefs whether an internal {@code $ref} that leads nowhere is only a warning (the
 *     reference is then read as "any JSON value") instead of an error; off by default, for published
 *     contracts with a known broken reference that a team cannot fix
 */
public record ReaderOptions(boolean allowRemoteRefs, boolean lenientRefs) {

    public ReaderOptions(boolean allowRemoteRefs) {
        this(allowRemoteRefs, false);
    }

    public static ReaderOptions defaults() {
        return new ReaderOptions(false, false);
    }
}
