package io.cdpkit.cdp.junit;

import io.cdpkit.cdp.BrowserContext;
import io.cdpkit.cdp.ConsoleMessage;
import io.cdpkit.cdp.Page;
import io.cdpkit.cdp.ScreenshotOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Saves the state of a failed test's pages into a report folder: for page N of the context,
 * {@code page-N.png} (a full-page screenshot), {@code page-N.html} (the DOM as HTML) and
 * {@code page-N-console.log} (every console message, one a line). An artifact that cannot be
 * saved (the page hangs, the browser is gone) is named in the report with the reason, and the
 * others are still saved.
 */
final class FailureReportWriter {

    private static final Duration SCREENSHOT_TIMEOUT = Duration.ofSeconds(10);
    private static final ScreenshotOptions FULL_PAGE =
            ScreenshotOptions.builder().fullPage(true).timeout(SCREENSHOT_TIMEOUT).build();

    private FailureReportWriter() {
    }

    /** Replaces {@code folder} with the report of {@code context}'s pages. */
    static FailureReport write(BrowserContext context, Path folder) {
        Path absolute = folder.toAbsolutePath();
        StringBuilder contents = new StringBuilder();
        try {
            deleteRecursively(absolute);
            Files.createDirectories(absolute);
        } catch (IOException e) {
            return new FailureReport(absolute, ", but could not create it: " + e);
        }
        List<Page> pages = context.pages();
        if (pages.isEmpty()) {
            contents.append(", which is empty: the test's context had no open page");
        }
        for (int i = 0; i < pages.size(); i++) {
            writePage(pages.get(i), "page-" + (i + 1), absolute, contents);
        }
        return new FailureReport(absolute, contents.toString());
    }

    private static void writePage(Page page, String name, Path folder, StringBuilder contents) {
        contents.append("\n  ").append(name).append(" (").append(urlOf(page)).append("):");
        save(folder, name + ".png", () -> page.screenshot(FULL_PAGE), contents);
        save(folder, name + ".html", () -> utf8(page.content()), contents);
        save(folder, name + "-console.log", () -> utf8(consoleLog(page.consoleMessages())), contents);
    }

    private static void save(Path folder, String file, Supplier<byte[]> artifact, StringBuilder contents) {
        try {
            Files.write(folder.resolve(file), artifact.get());
            contents.append(' ').append(file);
        } catch (IOException | RuntimeException e) {
            contents.append(' ').append(file).append(" (not saved: ").append(e).append(')');
        }
    }

    private static String urlOf(Page page) {
        try {
            return page.url();
        } catch (RuntimeException e) {
            return "url unknown: " + e.getMessage();
        }
    }

    private static String consoleLog(List<ConsoleMessage> messages) {
        return messages.stream()
                .map(message -> "[" + message.type() + "] " + message.text()
                        + (message.url() == null ? "" : " (" + message.url() + ":" + message.line() + ")"))
                .collect(Collectors.joining("\n", "", messages.isEmpty() ? "" : "\n"));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(folder)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
