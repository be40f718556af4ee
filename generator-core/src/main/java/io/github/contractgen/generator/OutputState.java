package io.github.contractgen.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The record of what contractgen last wrote into an output directory, kept in that directory.
 *
 * <p>It lives with the files it describes, not in a separate work directory, so that the two cannot
 * part: a {@code mvn clean} of a work directory, or output that is committed to version control,
 * would otherwise leave files that nothing owns and that the next run would have to refuse. javac
 * ignores it (it is no {@code .java} file). It holds no absolute path and no time, so it is as
 * reproducible as the output itself.
 *
 * <p>Format, one entry per line: {@code format 1}, {@code fingerprint <hex>}, {@code contracts <n>},
 * then {@code file <size> <path>} per generated file, sorted by path.
 *
 * @param fingerprint the inputs' fingerprint, or {@link #INCOMPLETE} while files are being swapped
 * @param contracts how many contracts the output came from, for the up-to-date message
 * @param files every generated file's relative path and size
 */
record OutputState(String fingerprint, int contracts, SortedMap<String, Long> files) {

    static final String FILE_NAME = ".contractgen-state";

    /** Written before a swap starts: a run that dies midway leaves a state that never matches. */
    static final String INCOMPLETE = "incomplete";

    private static final String HEADER = "# contractgen: the files it generated here. It replaces and deletes only these. Do not edit.";

    OutputState {
        files = new TreeMap<>(files);
    }

    /** The state in {@code outputDirectory}, or empty when there is none or it is unreadable. */
    static Optional<OutputState> read(Path outputDirectory) throws IOException {
        Path file = outputDirectory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String fingerprint = null;
        int contracts = 0;
        TreeMap<String, Long> files = new TreeMap<>();
        // Read on every no-op build, in a cold JVM: plain index scans, no split() or streams per line.
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end);
            start = end + 1;
            int space = line.indexOf(' ');
            String key = space < 0 ? line : line.substring(0, space);
            String rest = line.substring(space + 1); // a known key without a value fails below, as no state
            try {
                switch (key) {
                    case "format" -> {
                        if (space < 0 || !rest.equals("1")) {
                            return Optional.empty();
                        }
                    }
                    case "fingerprint" -> fingerprint = space < 0 ? null : rest;
                    case "contracts" -> contracts = Integer.parseInt(rest);
                    case "file" -> {
                        int gap = rest.indexOf(' ');
                        files.put(rest.substring(gap + 1), Long.parseLong(rest.substring(0, gap)));
                    }
                    default -> { } // the header comment, or a line of a later format we ignore
                }
            } catch (RuntimeException e) {
                return Optional.empty(); // a damaged state is no state: the guard then decides
            }
        }
        return fingerprint == null ? Optional.empty() : Optional.of(new OutputState(fingerprint, contracts, files));
    }

    /** Whether every recorded file is still there with its recorded size: cheap, no content read. */
    boolean intact(Path outputDirectory) {
        for (Map.Entry<String, Long> file : files.entrySet()) {
            Path path = outputDirectory.resolve(file.getKey());
            try {
                // one stat per file (isRegularFile and size would be two): 3300 files in a no-op build
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                if (!attributes.isRegularFile() || attributes.size() != file.getValue()) {
                    return false;
                }
            } catch (IOException e) {
                return false; // missing or unreadable: not intact, regenerate
            }
        }
        return true;
    }

    byte[] toBytes() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        text.append("format 1\n");
        text.append("fingerprint ").append(fingerprint).append('\n');
        text.append("contracts ").append(contracts).append('\n');
        files.forEach((path, size) -> text.append("file ").append(size).append(' ').append(path).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
