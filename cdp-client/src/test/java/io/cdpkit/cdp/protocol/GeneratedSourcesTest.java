package io.cdpkit.cdp.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cdpkit.codegen.GeneratedFile;
import io.cdpkit.codegen.Generator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The generator on the real schema is deterministic: a fresh run in this JVM gives byte for byte
 * the sources the build generated in another process (so the build output is also not stale).
 */
@Timeout(120)
class GeneratedSourcesTest {

    @Test
    void aFreshRunGivesByteIdenticalSourcesToTheBuildOutput() throws Exception {
        Map<String, String> fresh = Generator.generate(PinnedSchema.bytes()).files().stream()
                .collect(Collectors.toMap(GeneratedFile::path, GeneratedFile::content, (a, b) -> a, TreeMap::new));
        Map<String, String> built = buildOutput();
        assertEquals(fresh.keySet(), built.keySet(), "generated file names differ");
        for (Map.Entry<String, String> file : fresh.entrySet()) {
            assertEquals(file.getValue(), built.get(file.getKey()), file.getKey() + " differs");
        }
    }

    /** The sources the build generated, found next to the compiled classes. */
    private static Map<String, String> buildOutput() throws Exception {
        Path classes = Path.of(ProtocolEvents.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path root = classes.resolveSibling("generated-sources").resolve("cdp");
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString().replace('\\', '/'), read(path));
            }
        }
        return files;
    }

    private static String read(Path path) throws IOException {
        return Files.readString(path);
    }
}
