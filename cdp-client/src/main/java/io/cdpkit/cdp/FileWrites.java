package io.cdpkit.cdp;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/** Writes a file from a stream writer, deleting it again if writing fails, so no partial file is left. */
final class FileWrites {

    private FileWrites() {
    }

    /**
     * Creates or replaces {@code file} with what {@code writer} writes.
     *
     * @throws UncheckedIOException if the file cannot be written
     */
    static void write(Path file, Consumer<OutputStream> writer) {
        Objects.requireNonNull(file, "file");
        boolean written = false;
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.accept(out);
            written = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        } finally {
            if (!written) {
                deleteQuietly(file);
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.getLogger(FileWrites.class.getName()).log(System.Logger.Level.DEBUG, "cannot delete " + file, e);
        }
    }
}
