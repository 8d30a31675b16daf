package io.cdpkit.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Brings an output directory in line with a set of generated files: writes only files whose
 * content changed (so unchanged sources keep their timestamps and incremental builds stay
 * fast) and deletes files and directories that are no longer generated.
 */
final class SourceTree {

    /**
     * What a sync did.
     *
     * @param written files created or changed
     * @param deleted stale files removed
     */
    record SyncResult(int written, int deleted) {
    }

    private SourceTree() {
    }

    static SyncResult sync(Path root, List<GeneratedFile> files) throws IOException {
        Files.createDirectories(root);
        Set<Path> wanted = new HashSet<>();
        int written = 0;
        for (GeneratedFile file : files) {
            Path target = root.resolve(file.path());
            wanted.add(target);
            byte[] content = file.content().getBytes(StandardCharsets.UTF_8);
            if (!Files.isRegularFile(target) || !Arrays.equals(Files.readAllBytes(target), content)) {
                Files.createDirectories(target.getParent());
                Files.write(target, content);
                written++;
            }
        }
        int deleted = 0;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (Files.isRegularFile(path) && !wanted.contains(path)) {
                    Files.delete(path);
                    deleted++;
                } else if (Files.isDirectory(path) && !path.equals(root) && isEmpty(path)) {
                    Files.delete(path);
                }
            }
        }
        return new SyncResult(written, deleted);
    }

    private static boolean isEmpty(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
