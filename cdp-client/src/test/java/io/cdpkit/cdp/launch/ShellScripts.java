package io.cdpkit.cdp.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes small executable {@code /bin/sh} scripts that stand in for a browser binary in tests. */
final class ShellScripts {

    private ShellScripts() {
    }

    /** Writes {@code dir/name} with a {@code #!/bin/sh} line and {@code body}, mode 0755. */
    static Path write(Path dir, String name, String body) throws IOException {
        Path script = Files.createDirectories(dir).resolve(name);
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    /** Writes a file that is not executable (mode 0644). */
    static Path writeNonExecutable(Path dir, String name) throws IOException {
        Path file = Files.createDirectories(dir).resolve(name);
        Files.writeString(file, "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        return file;
    }
}
