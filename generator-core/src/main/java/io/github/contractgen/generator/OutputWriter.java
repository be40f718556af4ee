package io.github.contractgen.generator;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Brings an output directory to a wanted set of files, touching only what differs, all or nothing.
 *
 * <p>Files whose bytes are already right are left alone, so their modification times stay and an
 * incremental compiler has nothing to do. The rest happens in three steps: every new file is first
 * written to a staging directory (a failure there leaves the output untouched); then, in a journal,
 * each old file is moved aside into a backup directory and the staged one moved into place, and files
 * the previous run produced but this one does not are moved aside too; if any move fails, the journal
 * is played backwards and the output is exactly as before. Only after the last move are the backups
 * deleted. Moves are renames within the work directory's file system.
 *
 * <p>A state marked {@link OutputState#INCOMPLETE}, listing old and new files, goes in first: should
 * the process die midway, the next run knows every file it finds and regenerates.
 */
final class OutputWriter {

    /** Moves one file; the seam through which tests make a swap fail halfway. */
    @FunctionalInterface
    interface Mover {
        void move(Path from, Path to) throws IOException;

        Mover RENAME = (from, to) -> {
            ensureDirectory(to.getParent());
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to); // another file system: a copy, still checked by the journal
            }
        };
    }

    /** What a write did. */
    record Counts(int written, int unchanged, int deleted) {}

    private final Mover mover;

    OutputWriter(Mover mover) {
        this.mover = mover;
    }

    /**
     * Makes {@code out} hold exactly {@code files} plus the state {@code next}.
     *
     * @param previous what the last run recorded, whose files may be replaced or deleted
     * @param next the state to record, or empty to remove the state file (no output at all)
     */
    Counts write(Path out, Path work, SortedMap<String, byte[]> files, Optional<OutputState> previous,
            Optional<OutputState> next) throws IOException {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (!sameBytes(out.resolve(file.getKey()), file.getValue())) {
                changed.add(file.getKey());
            }
        }
        List<String> stale = new ArrayList<>();
        previous.ifPresent(state -> state.files().keySet().stream()
                .filter(path -> !files.containsKey(path) && Files.exists(out.resolve(path)))
                .forEach(stale::add));
        byte[] nextState = next.map(OutputState::toBytes).orElse(null);
        boolean stateChanged = nextState == null
                ? previous.isPresent() || Files.exists(out.resolve(OutputState.FILE_NAME))
                : !sameBytes(out.resolve(OutputState.FILE_NAME), nextState);
        Counts counts = new Counts(changed.size(), files.size() - changed.size(), stale.size());
        if (changed.isEmpty() && stale.isEmpty() && !stateChanged) {
            return counts;
        }
        Path staging = work.resolve("staging");
        Path backup = work.resolve("backup");
        deleteTree(staging);
        deleteTree(backup);
        try {
            stage(staging, files, changed, interim(previous, files), nextState);
            swap(out, staging, backup, changed, stale, nextState != null);
        } finally {
            deleteTree(staging);
            deleteTree(backup);
        }
        pruneEmptyDirectories(out, stale);
        return counts;
    }

    private static OutputState interim(Optional<OutputState> previous, SortedMap<String, byte[]> files) {
        SortedMap<String, Long> all = new TreeMap<>();
        previous.ifPresent(state -> all.putAll(state.files()));
        files.keySet().forEach(path -> all.put(path, 0L));
        return new OutputState(OutputState.INCOMPLETE, 0, all);
    }

    private static void stage(Path staging, SortedMap<String, byte[]> files, List<String> changed,
            OutputState interim, byte[] nextState) throws IOException {
        for (String path : changed) {
            writeFile(staging.resolve("files").resolve(path), files.get(path));
        }
        writeFile(staging.resolve("interim-state"), interim.toBytes());
        if (nextState != null) {
            writeFile(staging.resolve("state"), nextState);
        }
    }

    private void swap(Path out, Path staging, Path backup, List<String> changed, List<String> stale,
            boolean hasNextState) throws IOException {
        Journal journal = new Journal(out, backup);
        try {
            Path stateFile = out.resolve(OutputState.FILE_NAME);
            journal.replace(stateFile, staging.resolve("interim-state"));
            for (String path : changed) {
                journal.replace(out.resolve(path), staging.resolve("files").resolve(path));
            }
            for (String path : stale) {
                journal.remove(out.resolve(path));
            }
            if (hasNextState) {
                journal.replace(stateFile, staging.resolve("state"));
            } else {
                journal.remove(stateFile);
            }
        } catch (IOException | RuntimeException e) {
            journal.rollBack(e);
            throw e;
        }
    }

    /** The moves done so far, so that they can be undone in reverse order. */
    private final class Journal {
        private final Path out;
        private final Path backup;
        private final Deque<Path[]> done = new ArrayDeque<>();
        private int backups;

        Journal(Path out, Path backup) {
            this.out = out;
            this.backup = backup;
        }

        void replace(Path target, Path replacement) throws IOException {
            remove(target);
            move(replacement, target);
        }

        void remove(Path target) throws IOException {
            if (Files.exists(target)) {
                move(target, backup.resolve(Integer.toString(backups++)));
            }
        }

        private void move(Path from, Path to) throws IOException {
            mover.move(from, to);
            done.push(new Path[] {from, to});
        }

        void rollBack(Exception failure) {
            while (!done.isEmpty()) {
                Path[] step = done.pop();
                try {
                    Mover.RENAME.move(step[1], step[0]);
                    if (step[1].startsWith(out)) {
                        pruneEmptyParents(out, step[1]); // directories the failed run created
                    }
                } catch (IOException | RuntimeException e) {
                    failure.addSuppressed(e); // keep undoing the rest; the caller sees every failure
                }
            }
        }
    }

    private static boolean sameBytes(Path file, byte[] content) throws IOException {
        return Files.isRegularFile(file) && Files.size(file) == content.length
                && Arrays.equals(Files.readAllBytes(file), content);
    }

    private static void writeFile(Path file, byte[] content) throws IOException {
        ensureDirectory(file.getParent());
        Files.write(file, content);
    }

    /**
     * Creates {@code dir} unless it is a directory already. The check comes first because
     * {@link Files#createDirectories} on an existing directory costs a thrown and caught exception,
     * and a large contract puts thousands of files into the same few directories.
     */
    static void ensureDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
        }
    }

    /** Removes the directories that deleting {@code stale} files left empty, up to {@code out}. */
    private static void pruneEmptyDirectories(Path out, List<String> stale) throws IOException {
        for (String path : stale) {
            pruneEmptyParents(out, out.resolve(path));
        }
    }

    private static void pruneEmptyParents(Path out, Path file) throws IOException {
        Path dir = file.getParent();
        while (dir != null && dir.startsWith(out) && !dir.equals(out)) {
            try {
                Files.deleteIfExists(dir);
            } catch (DirectoryNotEmptyException e) {
                return; // still holds other files: keep it and its parents
            }
            dir = dir.getParent();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            Files.delete(path);
        }
    }
}
