package io.cdpkit.websocket.internal;

import java.io.EOFException;
import java.io.IOException;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okio.BufferedSource;

/**
 * The status line and headers of an HTTP/1.1 response (from the WebSocket server or an HTTP
 * proxy), read with bounds: each line at most {@value #MAX_LINE_BYTES} bytes, at most
 * {@value #MAX_HEADERS} headers. Header names are kept lower-case.
 */
record HttpResponseHead(int status, String reason, Map<String, List<String>> headers) {

    static final int MAX_LINE_BYTES = 8192;
    static final int MAX_HEADERS = 128;

    /** Reads a response head; a malformed or oversized one is a {@link ProtocolException}. */
    static HttpResponseHead read(BufferedSource source) throws IOException {
        String statusLine = readLine(source);
        if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12 || statusLine.charAt(8) != ' ') {
            throw new ProtocolException("Not an HTTP/1.x status line: '" + abbreviate(statusLine) + "'");
        }
        int status;
        try {
            status = Integer.parseInt(statusLine.substring(9, 12));
        } catch (NumberFormatException e) {
            throw new ProtocolException("Bad status code in '" + abbreviate(statusLine) + "'");
        }
        String reason = statusLine.length() > 13 ? statusLine.substring(13) : "";
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int count = 0; ; count++) {
            String line = readLine(source);
            if (line.isEmpty()) {
                break;
            }
            if (count == MAX_HEADERS) {
                throw new ProtocolException("HTTP response has more than " + MAX_HEADERS + " headers");
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new ProtocolException("Malformed HTTP header line: '" + abbreviate(line) + "'");
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            headers.computeIfAbsent(name, key -> new ArrayList<>()).add(line.substring(colon + 1).trim());
        }
        headers.replaceAll((name, values) -> List.copyOf(values));
        return new HttpResponseHead(status, reason, Collections.unmodifiableMap(headers));
    }

    /** The first value of a header, or null. */
    String header(String lowerCaseName) {
        List<String> values = headers.get(lowerCaseName);
        return values == null ? null : values.get(0);
    }

    /** All comma-separated elements of every value of a header, trimmed, without empty ones. */
    List<String> headerElements(String lowerCaseName) {
        List<String> elements = new ArrayList<>();
        for (String value : headers.getOrDefault(lowerCaseName, List.of())) {
            for (String element : value.split(",")) {
                if (!element.isBlank()) {
                    elements.add(element.trim());
                }
            }
        }
        return elements;
    }

    private static String readLine(BufferedSource source) throws IOException {
        long newline = source.indexOf((byte) '\n', 0, MAX_LINE_BYTES + 1L);
        if (newline == -1) {
            if (source.getBuffer().size() > MAX_LINE_BYTES) {
                throw new ProtocolException("HTTP response line longer than " + MAX_LINE_BYTES + " bytes");
            }
            throw new EOFException("Connection closed in the middle of the HTTP response head");
        }
        String line = source.readString(newline, StandardCharsets.ISO_8859_1);
        source.skip(1);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static String abbreviate(String line) {
        return line.length() <= 100 ? line : line.substring(0, 100) + "...";
    }
}
