package io.cdpkit.codegen;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Downloads the protocol schema from a running browser:
 * {@code FetchSchema http://127.0.0.1:9222 cdp-client/src/main/protocol/protocol.json}.
 * The file is written exactly as the browser served it, and only after the generator has
 * accepted it, so a bad download never replaces a good pin.
 */
public final class FetchSchema {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private FetchSchema() {
    }

    /**
     * Fetches {@code <endpoint>/json/protocol} and writes it to a file.
     *
     * @param args the browser's HTTP endpoint ({@code http://host:port}) and the output file
     * @throws IOException          if the browser cannot be reached or the file cannot be written
     * @throws InterruptedException if interrupted while waiting for the browser
     * @throws SchemaException      if the browser's schema is not one the generator understands
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: FetchSchema <http://host:port> <output-file>, got "
                    + args.length + " arguments");
        }
        Path output = Path.of(args[1]);
        byte[] schema = fetch(URI.create(args[0]), TIMEOUT);
        Files.write(output, schema);
        System.out.printf("cdp-codegen: wrote %d bytes of %s/json/protocol to %s%n", schema.length, args[0], output);
    }

    /**
     * Fetches and validates the schema a browser serves.
     *
     * @param endpoint the browser's HTTP endpoint, e.g. {@code http://127.0.0.1:9222}
     * @param timeout  how long to wait for the connection and for the whole answer
     * @return the schema bytes exactly as served
     * @throws IOException     if the request fails or the browser answers with an error status
     * @throws SchemaException if the answer is not a schema the generator understands
     */
    public static byte[] fetch(URI endpoint, Duration timeout) throws IOException, InterruptedException {
        String scheme = endpoint.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme) || endpoint.getHost() == null) {
            throw new IllegalArgumentException("not an http://host:port endpoint: " + endpoint);
        }
        URI url = endpoint.resolve("/json/protocol");
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(url).timeout(timeout).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + url + " answered HTTP " + response.statusCode());
        }
        Generator.generate(response.body());
        return response.body();
    }
}
