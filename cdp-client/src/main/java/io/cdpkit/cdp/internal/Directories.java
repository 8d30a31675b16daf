package io.cdpkit.cdp.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;

/** Deletes directory trees that another process may still be writing into (a browser profile). */
public final class Directories {

    private static final Duration RETRY_PAUSE = Duration.ofMillis(50);

    private Directories() {
    }

    /**
     * Deletes {@code directory} and everything below it, trying again for up to {@code retryFor}
     * when a file appears or vanishes underneath (a process that was just killed may still have
     * been writing). A directory that does not exist counts as deleted.
     *
     * @throws IOException the last failure if the tree still exists when {@code retryFor} is over
     */
    public static void deleteRecursively(Path directory, Duration retryFor)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + retryFor.toNanos();
        while (true) {
            try {
                deleteTree(directory);
                return;
            } catch (IOException failure) {
                if (System.nanoTime() - deadline >= 0) {
                    throw failure;
                }
                Thread.sleep(RETRY_PAUSE.toMillis());
            }
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                if (failure instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw failure;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
