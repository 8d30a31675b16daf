package io.cdpkit.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Command-line entry point the build runs: {@code GenerateSources <schema.json> <output-dir>}.
 * Generates the Java sources for the schema into the output directory, leaving unchanged files
 * untouched and removing stale ones, and prints a one-line summary.
 */
public final class GenerateSources {

    private GenerateSources() {
    }

    /**
     * Runs the generator.
     *
     * @param args the schema file and the output directory
     * @throws IOException     if the schema cannot be read or the output cannot be written
     * @throws SchemaException if the schema contains something the generator does not understand
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: GenerateSources <schema.json> <output-dir>, got "
                    + args.length + " arguments");
        }
        Path schema = Path.of(args[0]);
        Path output = Path.of(args[1]);
        long start = System.nanoTime();
        Generator.Generation generation = Generator.generate(Files.readAllBytes(schema));
        SourceTree.SyncResult sync = SourceTree.sync(output, generation.files());
        generation.renames().forEach(note -> System.out.println("cdp-codegen: " + note));
        System.out.printf("cdp-codegen: %d files from %s into %s (%d written, %d removed) in %d ms%n",
                generation.files().size(), schema.getFileName(), output, sync.written(), sync.deleted(),
                (System.nanoTime() - start) / 1_000_000);
    }
}
