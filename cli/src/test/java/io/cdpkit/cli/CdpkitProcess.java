package io.cdpkit.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program as a separate process the way a user does (by default the packaged
 * {@code cdpkit.jar} with {@code java -jar}): with arguments, environment changes and stdin, and
 * collects its exit code, stdout and stderr. A process that outlives its time limit is ended
 * (politely first, so the JVM's shutdown hooks still close the browser) and the test fails.
 */
final class CdpkitProcess {

    /** The jar under test, built by {@code package} before failsafe runs. */
    static final Path JAR = Path.of(System.getProperty("cdpkit.jar", "target/cdpkit.jar"));

    private static final Duration DEFAULT_LIMIT = Duration.ofSeconds(90);

    private final List<String> command = new ArrayList<>();
    private final Map<String, String> environment = new HashMap<>();
    private byte[] input = new byte[0];
    private boolean keepInputOpen;
    private Path directory;

    private CdpkitProcess(List<String> command) {
        this.command.addAll(command);
    }

    /** {@code java -jar cdpkit.jar args...}. */
    static CdpkitProcess cdpkit(String... args) {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new CdpkitProcess(command);
    }

    /** Any program, e.g. the {@code ./cdpkit} wrapper script. */
    static CdpkitProcess program(List<String> command) {
        return new CdpkitProcess(command);
    }

    /** The {@code java} of the JVM running the tests. */
    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Sets (or, with a null value, removes) an environment variable of the process. */
    CdpkitProcess env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Runs the process in {@code directory}. */
    CdpkitProcess in(Path directory) {
        this.directory = directory;
        return this;
    }

    /** Writes {@code text} to the process's stdin, then closes it. */
    CdpkitProcess input(String text) {
        this.input = text.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    /** Writes {@code text} to the process's stdin and leaves it open until the process ends. */
    CdpkitProcess inputKeptOpen(String text) {
        input(text);
        this.keepInputOpen = true;
        return this;
    }

    /** Runs to completion within 90 s. */
    Result run() throws IOException, InterruptedException {
        return run(DEFAULT_LIMIT);
    }

    /** Runs to completion within {@code limit}. */
    Result run(Duration limit) throws IOException, InterruptedException {
        Path out = Files.createTempFile("cdpkit-stdout", ".txt");
        Path err = Files.createTempFile("cdpkit-stderr", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            if (directory != null) {
                builder.directory(directory.toFile());
            }
            environment.forEach((name, value) -> {
                if (value == null) {
                    builder.environment().remove(name);
                } else {
                    builder.environment().put(name, value);
                }
            });
            Process process = builder.start();
            OutputStream stdin = process.getOutputStream();
            stdin.write(input);
            stdin.flush();
            if (!keepInputOpen) {
                stdin.close();
            }
            boolean ended = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (!ended) {
                stop(process);
            }
            stdin.close();
            Result result = new Result(process.exitValue(), Files.readString(out), Files.readString(err));
            if (!ended) {
                fail("cdpkit did not end within " + limit + ": " + command + "\n" + result);
            }
            return result;
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** How a run ended. */
    record Result(int exitCode, String stdout, String stderr) {
        @Override
        public String toString() {
            return "exit code " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }
}
