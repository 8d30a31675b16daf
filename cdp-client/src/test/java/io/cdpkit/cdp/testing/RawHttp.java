package io.cdpkit.cdp.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * Sends a hand-written HTTP/1.1 request over a plain socket and reads the answer: for requests an
 * HTTP client library refuses to send, such as a forged {@code Host} header.
 */
public final class RawHttp {

    /** A parsed answer: status code, raw header block and body. */
    public record Response(int status, String headers, String body) {
    }

    private RawHttp() {
    }

    /**
     * Sends {@code request} (complete, with CRLF line ends and the blank line) to the host and port
     * of {@code server} and reads the answer (by Content-Length, else until the peer closes).
     */
    public static Response exchange(URI server, String request, Duration timeout) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String headers = readHeaders(in);
            int status = Integer.parseInt(headers.split(" ", 3)[1]);
            return new Response(status, headers, readBody(in, contentLength(headers)));
        }
    }

    private static String readHeaders(InputStream in) throws IOException {
        ByteArrayOutputStream headers = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("Connection closed inside the headers: " + headers);
            }
            headers.write(b);
            matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
        }
        return headers.toString(StandardCharsets.ISO_8859_1);
    }

    private static int contentLength(String headers) {
        for (String line : headers.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
            }
        }
        return -1;
    }

    private static String readBody(InputStream in, int contentLength) throws IOException {
        byte[] body = contentLength < 0 ? in.readAllBytes() : in.readNBytes(contentLength);
        return new String(body, StandardCharsets.UTF_8);
    }
}
