package io.cdpkit.cdp.testing;

import io.cdpkit.cdp.internal.ProcessTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds running processes on Linux by a string in their command line or environment, e.g. a
 * browser profile path (every Chromium child process carries {@code --user-data-dir}) or a marker
 * environment variable (inherited even by helpers that leave the process tree, like crashpad).
 */
public final class ProcessScan {

    private ProcessScan() {
    }

    /** Pids of running processes whose command line or environment contains {@code needle}. */
    public static List<Long> pidsMentioning(String needle) {
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            return entries
                    .filter(entry -> entry.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(entry -> mentions(entry.resolve("cmdline"), needle) || mentions(entry.resolve("environ"), needle))
                    .map(entry -> Long.parseLong(entry.getFileName().toString()))
                    .filter(pid -> ProcessHandle.of(pid).map(ProcessTree::isRunning).orElse(false))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list /proc", e);
        }
    }

    /** The command line of {@code pid} (for failure messages), or a note that it is gone. */
    public static String commandLineOf(long pid) {
        try {
            byte[] cmdline = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            return pid + ": " + new String(cmdline, StandardCharsets.UTF_8).replace('\0', ' ').trim();
        } catch (IOException gone) {
            return pid + ": (gone)";
        }
    }

    private static boolean mentions(Path procFile, String needle) {
        try {
            return new String(Files.readAllBytes(procFile), StandardCharsets.UTF_8).contains(needle);
        } catch (IOException | SecurityException gone) {
            return false;
        }
    }
}
