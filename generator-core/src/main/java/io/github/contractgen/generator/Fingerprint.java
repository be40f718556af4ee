package io.github.contractgen.generator;

import io.github.contractgen.generator.template.TemplateSet;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A SHA-256 over everything that decides the output, so an unchanged build can stop before parsing.
 *
 * <p>It covers the generator's version (and, for a SNAPSHOT, a hash of its code), the pipeline (which readers and emitters run), every request
 * setting that changes output, each candidate file's relative path and bytes (files that are no
 * contract count too: a contract may {@code $ref} them), every template and, when there are proto
 * contracts, protoc's version (protoc writes the message classes) and the content keys of the
 * dependencies whose protos they may import (see {@code DependencyProtos}). Absolute paths stay out,
 * so moving the project does not force a rebuild. Each field is length-prefixed so that no two
 * different inputs can run together into the same byte stream.
 *
 * <p>A contract's bytes enter as a summary, not whole: their length, CRC-32C and CRC-32 (two different
 * polynomials, 64 check bits). The fingerprint guards against accidental change, not an adversary, and
 * the no-op build runs in a cold JVM where SHA-256 over every contract (1.2 MB for a hundred petstores)
 * was the largest single cost: it runs interpreted, while both CRCs are JDK intrinsics even there
 * (about 1 ms for the same bytes instead of 20-45 ms).
 */
final class Fingerprint {

    private final MessageDigest digest;

    private Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    static String of(GenerationRequest request, String pipeline, List<ContractFiles.Source> sources,
            TemplateSet templates, String protoc, List<String> protoDependencyKeys) {
        Fingerprint print = new Fingerprint();
        print.add("contractgen-fingerprint-1");
        print.add(request.generatorVersion());
        if (request.generatorVersion().endsWith("-SNAPSHOT")) {
            print.add(GeneratorCode.hash());
        }
        print.add(pipeline);
        print.add(request.basePackage());
        print.add(Boolean.toString(request.allowRemoteRefs()));
        print.add(Boolean.toString(request.lenientRefs()));
        for (ContractFiles.Source source : sources) {
            print.add(source.path());
            print.add(summary(source.content()));
        }
        print.add("protoc");
        print.add(protoc);
        print.add("proto-dependencies");
        for (String key : protoDependencyKeys) {
            print.add(key);
        }
        print.add("templates");
        for (Map.Entry<String, String> template : templates.all().entrySet()) {
            print.add(template.getKey());
            print.add(template.getValue());
        }
        return HexFormat.of().formatHex(print.digest.digest());
    }

    /** Length, CRC-32C and CRC-32 of {@code bytes}: 16 bytes that stand for them in the digest. */
    static byte[] summary(byte[] bytes) {
        CRC32C castagnoli = new CRC32C();
        castagnoli.update(bytes, 0, bytes.length);
        CRC32 ieee = new CRC32();
        ieee.update(bytes, 0, bytes.length);
        long first = ((long) bytes.length << 32) | castagnoli.getValue();
        long second = ieee.getValue();
        byte[] summary = new byte[16];
        for (int i = 0; i < 8; i++) {
            summary[i] = (byte) (first >>> (56 - 8 * i));
            summary[8 + i] = (byte) (second >>> (56 - 8 * i));
        }
        return summary;
    }

    private void add(String text) {
        add(text.getBytes(StandardCharsets.UTF_8));
    }

    private void add(byte[] bytes) {
        int length = bytes.length;
        digest.update(new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length});
        digest.update(bytes);
    }
}
