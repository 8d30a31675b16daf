package io.cdpkit.cdp.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import io.cdpkit.codegen.GeneratedFile;
import io.cdpkit.codegen.Generator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The generator on the real schema: deterministic, and what the build compiled is what it generates. */
@Timeout(120)
class GeneratedSourcesTest {

    @Test
    void generatingTwiceGivesByteIdenticalSourcesMatchingTheBuildOutput() throws Exception {
        List<GeneratedFile> first = Generator.generate(PinnedSchema.bytes()).files();
        List<GeneratedFile> second = Generator.generate(PinnedSchema.bytes()).files();
        assertNotSame(first, second);
        assertEquals(first, second);

        Map<String, String> expected = first.stream()
                .collect(Collectors.toMap(GeneratedFile::path, GeneratedFile::content, (a, b) -> a, TreeMap::new));
        assertEquals(expected, buildOutput(), "target/generated-sources/cdp is stale or was edited");
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
