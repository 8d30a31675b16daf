package io.cdpkit.cli;

import static io.cdpkit.cli.CdpkitProcess.program;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.cli.CdpkitProcess.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./cdpkit} wrapper script. Building and installing cannot run here (a build would
 * touch the shared tree; apt-get would change the machine), so those steps are covered by
 * running the real script with fake {@code mvn}, {@code apt-get}, {@code id} and {@code java}
 * first on PATH, each recording how it was called; the real jar runs where it can.
 */
@Timeout(60)
class WrapperScriptIT {

    private static final Path WRAPPER = Path.of(System.getProperty("cdpkit.wrapper", "../cdpkit"));

    @TempDir
    Path temp;
    private Path fakes;
    private Path log;

    @BeforeEach
    void makeFakesFolder() throws IOException {
        fakes = Files.createDirectories(temp.resolve("fakes"));
        log = temp.resolve("calls.log");
        Files.createFile(log);
    }

    @Test
    void runsTheJarWithTheArguments() throws Exception {
        Result result = wrapper(WRAPPER, "--help").env("CDPKIT_JAR", CdpkitProcess.JAR.toString()).run();

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.stdout().startsWith("Usage: cdpkit"), result.stdout());
        assertTrue(result.stdout().contains("Exit codes:"), result.stdout());
    }

    @Test
    void passesTheJarsExitCodeThrough() throws Exception {
        Result result = wrapper(WRAPPER, "--no-such-option").env("CDPKIT_JAR", CdpkitProcess.JAR.toString()).run();

        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.stderr().startsWith("cdpkit: Unknown option: '--no-such-option'"), result.stderr());
    }

    @Test
    void buildsTheJarOnFirstUseThenOnlyWhenASourceIsNewer() throws Exception {
        Path checkout = fakeCheckout();
        fake("mvn", "mkdir -p cli/target && cp \"" + CdpkitProcess.JAR + "\" cli/target/cdpkit.jar");
        Path script = checkout.resolve("cdpkit");

        Result first = wrapper(script, "--version").run();
        assertEquals(0, first.exitCode(), first.toString());
        assertTrue(first.stdout().startsWith("cdpkit "), first.stdout());
        assertTrue(first.stderr().contains("cdpkit: building cli/target/cdpkit.jar"), first.stderr());
        assertEquals(List.of("mvn -B -q -Dmaven.test.skip=true -pl cli -am package"), calls());

        Path jar = checkout.resolve("cli/target/cdpkit.jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        assertEquals(0, wrapper(script, "--version").run().exitCode());
        assertEquals(1, calls().size(), "no rebuild while the jar is newer than every source");

        Files.setLastModifiedTime(checkout.resolve("cdp-client/src/main/java/Some.java"),
                FileTime.from(Instant.now().plusSeconds(120)));
        assertEquals(0, wrapper(script, "--version").run().exitCode());
        assertEquals(2, calls().size(), "a newer source rebuilds");
    }

    @Test
    void installsChromiumAsRootWhenNoBrowserIsFoundThenRetriesOnce() throws Exception {
        fakeJavaExitingWith(3);
        fakeAptGet();
        fake("id", "echo 0");

        Result result = wrapper(WRAPPER, "screenshot", "-o", "page.png").env("CHROME_PATH", null).run();

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals(List.of(
                "java -jar " + CdpkitProcess.JAR + " screenshot -o page.png",
                "id -u",
                "apt-get update -q",
                "apt-get install -y -q chromium chromium-driver",
                "java -jar " + CdpkitProcess.JAR + " screenshot -o page.png"), calls());
        assertTrue(result.stderr().contains("cdpkit: no browser found: installing Debian's chromium"), result.stderr());
    }

    @Test
    void aFailedInstallStopsWithTheCommandToRun() throws Exception {
        fakeJavaExitingWith(3);
        fake("apt-get", "exit 100");
        fake("id", "echo 0");

        Result result = wrapper(WRAPPER, "html", "http://127.0.0.1:1/").env("CHROME_PATH", null).run();

        assertEquals(3, result.exitCode(), result.toString());
        assertEquals(List.of("java -jar " + CdpkitProcess.JAR + " html http://127.0.0.1:1/", "id -u", "apt-get update -q"),
                calls());
        assertTrue(result.stderr().contains("run: apt-get update && apt-get install -y chromium"), result.stderr());
    }

    @Test
    void withoutRootItPrintsTheSudoCommandAndInstallsNothing() throws Exception {
        fakeJavaExitingWith(3);
        fakeAptGet();
        fake("id", "echo 1000");

        Result result = wrapper(WRAPPER, "html", "http://127.0.0.1:1/").env("CHROME_PATH", null).run();

        assertEquals(3, result.exitCode(), result.toString());
        assertEquals(List.of("java -jar " + CdpkitProcess.JAR + " html http://127.0.0.1:1/", "id -u"), calls());
        assertTrue(result.stderr().contains("sudo apt-get update && sudo apt-get install -y chromium"), result.stderr());
    }

    @Test
    void withoutAptGetItSaysWhatToInstall() throws Exception {
        fakeJavaExitingWith(3);
        Result result = wrapper(WRAPPER, "html", "http://127.0.0.1:1/")
                .env("PATH", fakes + ":" + toolsWithoutAptGet()).env("CHROME_PATH", null).run();

        assertEquals(3, result.exitCode(), result.toString());
        assertEquals(1, calls().size(), calls().toString());
        assertTrue(result.stderr().contains("this system has no apt-get: install Chrome or Chromium"), result.stderr());
    }

    @Test
    void aBrowserTheUserNamedIsNeverReplacedByAnInstall() throws Exception {
        fakeJavaExitingWith(3);
        fakeAptGet();

        Result named = wrapper(WRAPPER, "--browser", "/opt/missing/chrome", "html", "http://x/").run();
        Result namedInline = wrapper(WRAPPER, "html", "--browser=/opt/missing/chrome", "http://x/").run();
        Result fromEnvironment = wrapper(WRAPPER, "html", "http://x/").env("CHROME_PATH", "/opt/missing/chrome").run();
        Result optedOut = wrapper(WRAPPER, "html", "http://x/").env("CDPKIT_NO_INSTALL", "1").env("CHROME_PATH", null).run();

        for (Result result : List.of(named, namedInline, fromEnvironment, optedOut)) {
            assertEquals(3, result.exitCode(), result.toString());
        }
        assertFalse(calls().stream().anyMatch(call -> call.startsWith("apt-get")), calls().toString());
        assertTrue(optedOut.stderr().contains("apt-get install -y chromium"), optedOut.stderr());
    }

    @Test
    void otherFailuresAreNotMistakenForAMissingBrowser() throws Exception {
        fakeJavaExitingWith(4);
        fakeAptGet();

        Result result = wrapper(WRAPPER, "html", "http://127.0.0.1:1/").env("CHROME_PATH", null).run();

        assertEquals(4, result.exitCode(), result.toString());
        assertEquals(1, calls().size(), calls().toString());
    }

    @Test
    void withoutJavaItSaysWhatToInstall() throws Exception {
        Result result = wrapper(WRAPPER, "--help").env("PATH", toolsWithoutAptGet().toString()).run();

        assertEquals(1, result.exitCode(), result.toString());
        assertEquals("cdpkit: java not found: install Java 17 or newer (Debian/Ubuntu: apt-get install -y "
                + "openjdk-17-jre-headless), then run ./cdpkit again\n", result.stderr());
    }

    /** Runs {@code script} with the fakes first on PATH and the built jar as CDPKIT_JAR. */
    private CdpkitProcess wrapper(Path script, String... args) {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(args));
        return program(command)
                .in(temp)
                .env("PATH", fakes + ":" + System.getenv("PATH"))
                .env("CDPKIT_JAR", script.equals(WRAPPER) ? CdpkitProcess.JAR.toString() : null)
                .env("CDPKIT_NO_INSTALL", null)
                .env("CALLS", log.toString());
    }

    /** A fake command that appends "name args" to the calls log, then runs {@code body}. */
    private void fake(String name, String body) throws IOException {
        Path script = fakes.resolve(name);
        Files.writeString(script, "#!/bin/bash\necho \"" + name + " $*\" >> \"$CALLS\"\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** A fake java that exits with {@code code} until the fake apt-get "installed" chromium, then 0. */
    private void fakeJavaExitingWith(int code) throws IOException {
        fake("java", "[ -f \"$CALLS.installed\" ] && exit 0\nexit " + code);
    }

    /** A fake apt-get that succeeds, and "installs" when asked to. */
    private void fakeAptGet() throws IOException {
        fake("apt-get", "[ \"$1\" = install ] && touch \"$CALLS.installed\"\nexit 0");
    }

    private List<String> calls() throws IOException {
        return Files.readAllLines(log);
    }

    /** A folder with only the tools the wrapper itself needs (no java, no apt-get). */
    private Path toolsWithoutAptGet() throws IOException {
        Path tools = Files.createDirectories(temp.resolve("tools"));
        for (String tool : List.of("bash", "dirname", "find", "id")) {
            Path link = tools.resolve(tool);
            if (!Files.exists(link)) {
                Files.createSymbolicLink(link, Path.of("/usr/bin", tool).toRealPath());
            }
        }
        return tools;
    }

    /** A copy of the wrapper in a folder shaped like a checkout, with no jar built yet. */
    private Path fakeCheckout() throws IOException {
        Path checkout = Files.createDirectories(temp.resolve("checkout"));
        Files.copy(WRAPPER, checkout.resolve("cdpkit"));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>");
        for (String module : List.of("websocket-client", "cdp-codegen", "cdp-client", "cli")) {
            Files.createDirectories(checkout.resolve(module + "/src/main/java"));
            Files.writeString(checkout.resolve(module + "/pom.xml"), "<project/>");
        }
        Files.writeString(checkout.resolve("cdp-client/src/main/java/Some.java"), "class Some {}");
        return checkout;
    }
}
