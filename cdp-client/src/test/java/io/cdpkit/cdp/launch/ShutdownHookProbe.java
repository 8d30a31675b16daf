package io.cdpkit.cdp.launch;

/**
 * Run in a child JVM by {@link ShutdownHookTest}: launches a browser, prints its pid and profile,
 * and ends the JVM without closing it, by {@code System.exit} or by waiting for a SIGTERM.
 */
public final class ShutdownHookProbe {

    private ShutdownHookProbe() {
    }

    /** Arguments: a marker for the browser's environment, then {@code exit} or {@code wait}. */
    public static void main(String[] args) throws InterruptedException {
        BrowserProcess browser = ChromeLauncher.launch(LaunchOptions.builder().env("CDPKIT_PROBE_MARKER", args[0]).build());
        System.out.println("pid=" + browser.pid());
        System.out.println("profile=" + browser.userDataDir());
        System.out.flush();
        if (args[1].equals("exit")) {
            System.exit(0);
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
