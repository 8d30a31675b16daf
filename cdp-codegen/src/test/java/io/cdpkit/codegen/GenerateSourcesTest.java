package io.cdpkit.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateSourcesTest {

    @Test
    void writesTheSourcesAndRemovesStaleOnes(@TempDir Path dir) throws Exception {
        Path schema = Files.write(dir.resolve("protocol.json"),
                Schemas.withDomains("{\"domain\": \"Page\", \"types\": [{\"id\": \"FrameId\", \"type\": \"string\"}]}"));
        Path out = dir.resolve("out");
        Path stale = out.resolve("io/cdpkit/cdp/protocol/gone/Old.java");
        Files.createDirectories(stale.getParent());
        Files.writeString(stale, "class Old {}");

        GenerateSources.main(new String[] {schema.toString(), out.toString()});

        assertTrue(Files.isRegularFile(out.resolve("io/cdpkit/cdp/protocol/page/FrameId.java")));
        assertTrue(Files.isRegularFile(out.resolve("io/cdpkit/cdp/protocol/page/PageDomain.java")));
        assertTrue(Files.isRegularFile(out.resolve("io/cdpkit/cdp/protocol/ProtocolEvents.java")));
        assertTrue(Files.notExists(stale.getParent()), "stale package left behind");
    }

    @Test
    void wrongArgumentsAreRejectedWithTheUsage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GenerateSources.main(new String[] {"only-one"}));
        assertEquals("usage: GenerateSources <schema.json> <output-dir>, got 1 arguments", e.getMessage());
    }

    @Test
    void aBadSchemaFailsTheRunWithItsLocation(@TempDir Path dir) throws Exception {
        Path schema = Files.write(dir.resolve("protocol.json"), Schemas.withPropertySpec("\"type\": \"blob\""));
        SchemaException e = assertThrows(SchemaException.class,
                () -> GenerateSources.main(new String[] {schema.toString(), dir.resolve("out").toString()}));
        assertTrue(e.getMessage().startsWith("domain Test, type Holder, property field"), e.getMessage());
    }
}
