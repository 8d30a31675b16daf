package io.cdpkit.cdp.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChromeLocatorTest {

    @TempDir
    Path temp;

    @Test
    void explicitPathWinsOverChromePathAndPath() throws Exception {
        Path explicit = ShellScripts.write(temp.resolve("explicit"), "my-chrome", "exit 0");
        Path fromEnv = ShellScripts.write(temp.resolve("env"), "env-chrome", "exit 0");
        Path onPath = ShellScripts.write(temp.resolve("bin"), "chromium", "exit 0");

        ChromeLocator locator = locator(Map.of("CHROME_PATH", fromEnv.toString(), "PATH", onPath.getParent().toString()));

        assertEquals(explicit, locator.locate(explicit));
    }

    @Test
    void chromePathWinsOverPathNames() throws Exception {
        Path fromEnv = ShellScripts.write(temp.resolve("env"), "env-chrome", "exit 0");
        Path onPath = ShellScripts.write(temp.resolve("bin"), "chromium", "exit 0");

        ChromeLocator locator = locator(Map.of("CHROME_PATH", fromEnv.toString(), "PATH", onPath.getParent().toString()));

        assertEquals(fromEnv, locator.locate());
    }

    @Test
    void pathIsSearchedNameByNameThenDirectoryByDirectory() throws Exception {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        ShellScripts.write(first, "google-chrome", "exit 0");
        Path chromiumInSecond = ShellScripts.write(second, "chromium", "exit 0");

        assertEquals(chromiumInSecond, locator(Map.of("PATH", path(first, second))).locate(),
                "chromium comes before google-chrome, wherever it is on PATH");

        Path chromiumInFirst = ShellScripts.write(first, "chromium", "exit 0");
        assertEquals(chromiumInFirst, locator(Map.of("PATH", path(first, second))).locate(),
                "for the same name the earlier PATH directory wins");
    }

    @Test
    void laterNamesAreFoundWhenEarlierOnesAreMissing() throws Exception {
        Path stable = ShellScripts.write(temp.resolve("bin"), "google-chrome-stable", "exit 0");

        assertEquals(stable, locator(Map.of("PATH", stable.getParent().toString())).locate());
    }

    @Test
    void nonExecutableFilesAndDirectoriesOnPathAreSkipped() throws Exception {
        ShellScripts.writeNonExecutable(temp.resolve("first"), "chromium");
        Files.createDirectories(temp.resolve("second/chromium"));
        Path executable = ShellScripts.write(temp.resolve("third"), "chromium", "exit 0");

        ChromeLocator locator = locator(Map.of("PATH",
                path(temp.resolve("first"), temp.resolve("second"), temp.resolve("third"))));

        assertEquals(executable, locator.locate());
    }

    @Test
    void wellKnownLocationsComeAfterPath() throws Exception {
        Path wellKnown = ShellScripts.write(temp.resolve("opt"), "chrome", "exit 0");
        Path onPath = ShellScripts.write(temp.resolve("bin"), "chromium-browser", "exit 0");

        ChromeLocator withPath = new ChromeLocator(Map.of("PATH", onPath.getParent().toString()), List.of(wellKnown));
        ChromeLocator withoutPath = new ChromeLocator(Map.of("PATH", temp.resolve("empty").toString()),
                List.of(temp.resolve("missing/chrome"), wellKnown));

        assertEquals(onPath, withPath.locate());
        assertEquals(wellKnown, withoutPath.locate());
    }

    @Test
    void notFoundSaysWhatWasSearchedAndHowToInstall() {
        Path emptyDir = temp.resolve("empty");

        BrowserNotFoundException e = assertThrows(BrowserNotFoundException.class,
                () -> locator(Map.of("PATH", emptyDir.toString())).locate());

        assertTrue(e.getMessage().contains(emptyDir.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("chromium-browser"), e.getMessage());
        assertTrue(e.getMessage().contains("google-chrome-stable"), e.getMessage());
        assertTrue(e.getMessage().contains("apt-get install -y chromium"), e.getMessage());
        assertTrue(e.getMessage().contains("CHROME_PATH"), e.getMessage());
    }

    @Test
    void missingExplicitPathIsNamed() {
        Path missing = temp.resolve("no/such/chrome");

        BrowserNotFoundException e = assertThrows(BrowserNotFoundException.class,
                () -> locator(Map.of()).locate(missing));

        assertTrue(e.getMessage().contains("does not exist: " + missing), e.getMessage());
    }

    @Test
    void nonExecutableExplicitPathIsNamed() throws Exception {
        Path notExecutable = ShellScripts.writeNonExecutable(temp, "chrome");

        BrowserNotFoundException e = assertThrows(BrowserNotFoundException.class,
                () -> locator(Map.of()).locate(notExecutable));

        assertTrue(e.getMessage().contains("not an executable file: " + notExecutable), e.getMessage());
        assertThrows(BrowserNotFoundException.class, () -> locator(Map.of()).locate(temp));
    }

    @Test
    void brokenChromePathIsAnErrorNotSkipped() throws Exception {
        Path onPath = ShellScripts.write(temp.resolve("bin"), "chromium", "exit 0");
        Path missing = temp.resolve("gone/chrome");

        BrowserNotFoundException e = assertThrows(BrowserNotFoundException.class,
                () -> locator(Map.of("CHROME_PATH", missing.toString(), "PATH", onPath.getParent().toString())).locate());

        assertTrue(e.getMessage().contains("CHROME_PATH"), e.getMessage());
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @Test
    void systemLocatorFindsTheInstalledBrowser() {
        Path found = ChromeLocator.system().locate();

        assertTrue(Files.isExecutable(found), found.toString());
    }

    private static ChromeLocator locator(Map<String, String> environment) {
        return new ChromeLocator(environment, List.of());
    }

    private static String path(Path... directories) {
        return String.join(File.pathSeparator, List.of(directories).stream().map(Path::toString).toList());
    }
}
