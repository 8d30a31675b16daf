package io.cdpkit.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTreeTest {

    @Test
    void writesOnlyChangesAndRemovesStaleFiles(@TempDir Path root) throws IOException {
        GeneratedFile a = new GeneratedFile("p/A.java", "class A {}\n");
        GeneratedFile b = new GeneratedFile("p/q/B.java", "class B {}\n");
        assertEquals(new SourceTree.SyncResult(2, 0), SourceTree.sync(root, List.of(a, b)));

        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(root.resolve(a.path()), old);
        GeneratedFile changedB = new GeneratedFile("p/q/B.java", "class B { int x; }\n");
        assertEquals(new SourceTree.SyncResult(1, 0), SourceTree.sync(root, List.of(a, changedB)));
        assertEquals(old, Files.getLastModifiedTime(root.resolve(a.path())), "unchanged file was rewritten");
        assertEquals(changedB.content(), Files.readString(root.resolve(changedB.path())));

        assertEquals(new SourceTree.SyncResult(0, 1), SourceTree.sync(root, List.of(a)));
        assertFalse(Files.exists(root.resolve("p/q")), "empty directory left behind");
        assertEquals(a.content(), Files.readString(root.resolve(a.path())));
    }
}
