package io.cdpkit.cli;

import static io.cdpkit.cli.CdpkitProcess.cdpkit;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.cdp.discovery.DevToolsEndpoint;
import io.cdpkit.cdp.launch.BrowserProcess;
import io.cdpkit.cdp.launch.ChromeLauncher;
import io.cdpkit.cli.CdpkitProcess.Result;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * screenshot, pdf, eval, html and scrape: the real jar against real Chromium and pages served
 * from 127.0.0.1. A few tests let the command launch its own browser, as users do; the others
 * (via {@link #onSharedBrowser}) use one browser this class launched, through --browser-url,
 * which keeps the run short and tests --browser-url on the way.
 */
@Timeout(120)
class PageCommandsIT {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private static TestSite site;
    private static BrowserProcess sharedBrowser;
    private static String page;
    private static String tall;

    @TempDir
    Path temp;

    @BeforeAll
    static void serveTestPagesAndLaunchTheSharedBrowser() throws Exception {
        sharedBrowser = ChromeLauncher.launch();
        site = new TestSite();
        page = site.html("/page.html", """
                <!DOCTYPE html>
                <html><head><title>Test page</title>
                <style>body { margin: 0; } #box { width: 200px; height: 100px; background: teal; }</style></head>
                <body>
                  <div id="box">box</div>
                  <ul><li><a href="/a" title="first">  Alpha </a></li><li><a href="/b">Beta ✓</a></li><li><a>Gamma</a></li></ul>
                  <script>document.body.insertAdjacentHTML('beforeend', '<p id="added">added by script</p>');</script>
                </body></html>
                """);
        tall = site.html("/tall.html", "<!DOCTYPE html><html><body style='margin:0'>"
                + "<div style='height:3000px;background:linear-gradient(red,blue)'>tall</div></body></html>");
    }

    @AfterAll
    static void stopSiteAndBrowser() {
        site.close();
        sharedBrowser.close();
    }

    /** The command run against the shared browser. */
    private static CdpkitProcess onSharedBrowser(String... args) {
        String[] withBrowser = Arrays.copyOf(args, args.length + 2);
        withBrowser[args.length] = "--browser-url";
        withBrowser[args.length + 1] = sharedBrowser.httpUrl().toString();
        return cdpkit(withBrowser);
    }

    @Test
    void screenshotOfTheViewportIsAPngOfTheDefaultSize() throws Exception {
        Path file = temp.resolve("page.png");
        Result result = cdpkit("screenshot", page, "-o", file.toString()).run();

        assertEquals(0, result.exitCode(), result.toString());
        assertStartsWith(PNG, file);
        assertSize(1280, 720, file);
        assertEquals("", result.stdout());
        assertTrue(result.stderr().contains("cdpkit: loading " + page), result.stderr());
        assertTrue(result.stderr().contains("cdpkit: wrote " + file + " (PNG, "), result.stderr());
    }

    @Test
    void widthAndHeightSetTheViewport() throws Exception {
        Path file = temp.resolve("small.png");
        Result result = onSharedBrowser("screenshot", page, "-o", file.toString(), "--width", "640", "--height", "480").run();

        assertEquals(0, result.exitCode(), result.toString());
        assertSize(640, 480, file);
    }

    @Test
    void fullPageIsTallerThanTheViewport() throws Exception {
        Path file = temp.resolve("full.png");
        Result result = onSharedBrowser("screenshot", tall, "--full-page", "--height", "600", "-o", file.toString()).run();

        assertEquals(0, result.exitCode(), result.toString());
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(3000, image.getHeight());
    }

    @Test
    void selectorCapturesOneElement() throws Exception {
        Path file = temp.resolve("box.png");
        Result result = onSharedBrowser("screenshot", page, "--selector", "#box", "-o", file.toString()).run();

        assertEquals(0, result.exitCode(), result.toString());
        assertSize(200, 100, file);
        assertEquals(0x008080, ImageIO.read(file.toFile()).getRGB(100, 50) & 0xffffff, "teal");
    }

    @Test
    void jpegAndWebpByOptionOrByFileName() throws Exception {
        Path jpeg = temp.resolve("page.jpg");
        Path webp = temp.resolve("page.img");
        Result byName = onSharedBrowser("-q", "screenshot", page, "-o", jpeg.toString(), "--quality", "70").run();
        Result byOption = onSharedBrowser("-q", "screenshot", page, "-o", webp.toString(), "--format", "webp").run();

        assertEquals(0, byName.exitCode(), byName.toString());
        assertEquals(0, byOption.exitCode(), byOption.toString());
        assertStartsWith(JPEG, jpeg);
        assertSize(1280, 720, jpeg);
        byte[] image = Files.readAllBytes(webp);
        assertEquals("RIFF", new String(image, 0, 4, StandardCharsets.US_ASCII));
        assertEquals("WEBP", new String(image, 8, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void withoutUrlItCapturesItsOwnPageServedFromLoopback() throws Exception {
        Result result = cdpkit("screenshot", "-o", "page.png").in(temp).run();

        assertEquals(0, result.exitCode(), result.toString());
        assertStartsWith(PNG, temp.resolve("page.png"));
        assertSize(1280, 720, temp.resolve("page.png"));
        assertTrue(result.stderr().contains("cdpkit: no URL given: serving a built-in page at http://127.0.0.1:"),
                result.stderr());
    }

    @Test
    void pdfWritesAPdf() throws Exception {
        Path file = temp.resolve("page.pdf");
        Result result = cdpkit("pdf", page, "-o", file.toString(), "--landscape").run();

        assertEquals(0, result.exitCode(), result.toString());
        assertStartsWith("%PDF-".getBytes(StandardCharsets.US_ASCII), file);
        assertTrue(Files.size(file) > 1000, "size " + Files.size(file));
    }

    @Test
    void evalPrintsTheResultAsJson() throws Exception {
        Result title = onSharedBrowser("-q", "eval", page, "document.title").run();
        Result object = onSharedBrowser("-q", "eval", page,
                "Promise.resolve({links: document.links.length, added: document.getElementById('added').textContent, none: null})").run();
        Result undefinedResult = onSharedBrowser("-q", "eval", page, "undefined").run();

        assertEquals(new Result(0, "\"Test page\"\n", ""), title);
        assertEquals(new Result(0, "{\"links\":2,\"added\":\"added by script\",\"none\":null}\n", ""), object);
        assertEquals(new Result(0, "null\n", ""), undefinedResult);
    }

    @Test
    void evalReportsAScriptErrorInOneLine() throws Exception {
        Result result = onSharedBrowser("-q", "eval", page, "missingFunction()").run();

        assertEquals(1, result.exitCode(), result.toString());
        assertEquals("", result.stdout());
        assertEquals("cdpkit: Evaluation failed: ReferenceError: missingFunction is not defined\n", result.stderr());
    }

    @Test
    void htmlPrintsTheRenderedDocument() throws Exception {
        Result result = onSharedBrowser("-q", "html", page).run();

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.stdout().startsWith("<!DOCTYPE html><html><head><title>Test page</title>"), result.stdout());
        assertTrue(result.stdout().contains("<p id=\"added\">added by script</p>"), result.stdout());
        assertTrue(result.stdout().endsWith("</html>\n"), result.stdout());
    }

    @Test
    void scrapePrintsOneJsonLinePerMatch() throws Exception {
        Result text = onSharedBrowser("-q", "scrape", page, "--selector", "li a").run();
        Result attributes = onSharedBrowser("-q", "scrape", page, "--selector", "li a", "--attr", "href", "--attr", "title").run();
        Result none = onSharedBrowser("scrape", page, "--selector", "table").run();

        assertEquals(new Result(0, "{\"text\":\"Alpha\"}\n{\"text\":\"Beta ✓\"}\n{\"text\":\"Gamma\"}\n", ""), text);
        assertEquals(new Result(0, "{\"href\":\"/a\",\"title\":\"first\"}\n{\"href\":\"/b\",\"title\":null}\n"
                + "{\"href\":null,\"title\":null}\n", ""), attributes);
        assertEquals(0, none.exitCode(), none.toString());
        assertEquals("", none.stdout());
        assertTrue(none.stderr().contains("cdpkit: 0 elements match table"), none.stderr());
    }

    @Test
    void browserUrlUsesTheRunningBrowserAndLeavesItRunningWithoutTheCommandsPage() throws Exception {
        String url = sharedBrowser.httpUrl().toString();
        Result result = onSharedBrowser("html", page).run();

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.stdout().contains("added by script"), result.stdout());
        assertTrue(result.stderr().contains("cdpkit: connecting to the browser at " + url), result.stderr());
        assertTrue(!result.stderr().contains("launching"), result.stderr());
        assertTrue(sharedBrowser.isAlive());
        assertTrue(DevToolsEndpoint.of(url).list().stream().noneMatch(target -> page.equals(target.url())),
                "the command closed its page");
    }

    private static void assertStartsWith(byte[] signature, Path file) throws Exception {
        byte[] content = Files.readAllBytes(file);
        assertArrayEquals(signature, Arrays.copyOf(content, Math.min(content.length, signature.length)), file.toString());
    }

    private static void assertSize(int width, int height, Path file) throws Exception {
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(width + "x" + height, image.getWidth() + "x" + image.getHeight(), file.toString());
    }
}
