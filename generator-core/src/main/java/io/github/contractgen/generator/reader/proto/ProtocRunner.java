package io.github.contractgen.generator.reader.proto;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Runs a protoc executable for the Java message classes and a descriptor set, and turns what it prints
 * into diagnostics.
 *
 * <p>Where protoc comes from (Maven's resolver, a local path) is the caller's business; this class only
 * runs the file it is given. The descriptor set always carries imports and source info, because the
 * proto reader needs both: the types of methods declared in other files, and the comments and line
 * numbers of services and methods. Problems in the contracts come back as diagnostics; only a protoc
 * that cannot be started, or does not finish in time, is an {@link IOException}. Thread-safe.
 */
public final class ProtocRunner {

    private final Path executable;
    private final Duration timeout;

    /** A runner with a timeout of two minutes, ample for hundreds of files. */
    public ProtocRunner(Path executable) {
        this(executable, Duration.ofMinutes(2));
    }

    public ProtocRunner(Path executable, Duration timeout) {
        this.executable = Objects.requireNonNull(executable, "executable");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** Runs protoc once; the output directories are created when missing. */
    public ProtocResult run(ProtocRequest request) throws IOException {
        Objects.requireNonNull(request, "request");
        if (request.javaOutput().isPresent()) {
            Files.createDirectories(request.javaOutput().get());
        }
        Path descriptorParent = request.descriptorSetOutput().toAbsolutePath().getParent();
        if (descriptorParent != null) {
            Files.createDirectories(descriptorParent);
        }
        Process process = new ProcessBuilder(command(request)).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = readAll(process, process.getInputStream());
        int exitCode = process.exitValue();
        return new ProtocResult(exitCode, ProtocOutput.parse(output, exitCode, request.includePaths()));
    }

    /** protoc's version ({@code 36.2}), to check against protobuf-java with {@link ProtocVersion#mismatch}. */
    public String version() throws IOException {
        Process process = new ProcessBuilder(executable.toString(), "--version").redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = readAll(process, process.getInputStream()).strip();
        return ProtocVersion.parse(output).orElseThrow(() -> new IOException(
                executable + " --version printed '" + output + "', not 'libprotoc <version>': is it protoc?"));
    }

    /** The command line; visible for tests and for the plugin's debug log. */
    List<String> command(ProtocRequest request) {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        for (Path include : request.includePaths()) {
            command.add("--proto_path=" + include);
        }
        request.javaOutput().ifPresent(dir -> command.add("--java_out=" + dir));
        command.add("--include_imports");
        command.add("--include_source_info");
        command.add("--descriptor_set_out=" + request.descriptorSetOutput());
        command.addAll(request.files());
        return command;
    }

    /**
     * Reads protoc's merged output to the end, which also waits for protoc to exit. The stream is read
     * on a separate thread so that the timeout holds even when protoc hangs without closing it.
     */
    private String readAll(Process process, InputStream output) throws IOException {
        byte[][] result = new byte[1][];
        IOException[] failure = new IOException[1];
        Thread reader = new Thread(() -> {
            try {
                result[0] = output.readAllBytes();
            } catch (IOException e) {
                failure[0] = e;
            }
        }, "protoc-output");
        reader.setDaemon(true);
        reader.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException(executable + " did not finish within " + timeout.toSeconds() + " s");
            }
            reader.join(timeout.toMillis());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + executable, e);
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return result[0] == null ? "" : new String(result[0], StandardCharsets.UTF_8);
    }
}
