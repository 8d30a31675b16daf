package io.cdpkit.cdp.launch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a launched browser's DevTools server listens, as announced in {@code DevToolsActivePort}
 * (line 1 the port, line 2 the browser target path) or in the stderr line
 * {@code DevTools listening on ws://127.0.0.1:<port>/devtools/browser/<id>}.
 */
record DevToolsAddress(URI webSocketUrl) {

    /** The name of the file Chrome writes into its profile directory once the server listens. */
    static final String ACTIVE_PORT_FILE = "DevToolsActivePort";

    private static final String BROWSER_PATH_PREFIX = "/devtools/browser/";
    private static final Pattern LISTENING_LINE =
            Pattern.compile("^DevTools listening on (ws://\\S+" + BROWSER_PATH_PREFIX + "\\S+)$");

    /** The HTTP side of the same server: {@code http://host:port}. */
    URI httpUrl() {
        return URI.create("http://" + webSocketUrl.getRawAuthority());
    }

    /** Parses {@code DevToolsActivePort} content; empty while it is incomplete or malformed. */
    static Optional<DevToolsAddress> fromActivePortFile(String content) {
        String[] lines = content.split("\\R");
        if (lines.length < 2 || !lines[1].startsWith(BROWSER_PATH_PREFIX)) {
            return Optional.empty();
        }
        try {
            int port = Integer.parseInt(lines[0].trim());
            if (port < 1 || port > 65_535) {
                return Optional.empty();
            }
            return parse("ws://127.0.0.1:" + port + lines[1].trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Parses a {@code DevTools listening on ws://...} stderr line; empty for any other line. */
    static Optional<DevToolsAddress> fromListeningLine(String line) {
        Matcher matcher = LISTENING_LINE.matcher(line.strip());
        return matcher.matches() ? parse(matcher.group(1)) : Optional.empty();
    }

    private static Optional<DevToolsAddress> parse(String webSocketUrl) {
        try {
            URI uri = new URI(webSocketUrl);
            return uri.getPort() > 0 ? Optional.of(new DevToolsAddress(uri)) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
