package io.cdpkit.cdp.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The schema the bindings were generated from, as tests read it (independently of the generator). */
final class PinnedSchema {

    /** Relative to the module directory, where tests run. */
    static final Path FILE = Path.of("src/main/protocol/protocol.json");

    private PinnedSchema() {
    }

    static byte[] bytes() {
        try {
            return Files.readAllBytes(FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode domains() {
        try {
            return ProtocolJson.mapper().readTree(bytes()).get("domains");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code Page} to {@code io.cdpkit.cdp.protocol.page}. */
    static String packageOf(String domain) {
        return "io.cdpkit.cdp.protocol." + domain.toLowerCase(Locale.ROOT);
    }

    static Class<?> load(String className) {
        try {
            return Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no generated class " + className, e);
        }
    }
}
