package io.cdpkit.cdp.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cdpkit.bench.jmh.JmhDefaults;
import io.cdpkit.cdp.BinarySink;
import io.cdpkit.cdp.protocol.page.CaptureScreenshotResult;
import io.cdpkit.cdp.protocol.runtime.EvaluateResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.SplittableRandom;
import okio.Buffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decoding one CDP reply, as it sits in the WebSocket message's okio buffer: cdp-client's
 * {@link MessageParser} reading the message stream with Jackson's streaming parser and decoding
 * the result while it streams (a screenshot's base64 goes straight into an output stream),
 * against the common way: the message as a String, parsed into a tree, the result bound from
 * the tree (and a screenshot's base64 decoded from its string).
 *
 * <p>Replies: {@code evaluate} ({@code Runtime.evaluate "1+1"}), {@code screenshot} (a 2 MiB
 * PNG as base64), {@code string} (a 20 MiB string returned by value, as in C4).
 */
public class CdpDecodeBenchmark extends JmhDefaults {

    private static final long ID = 42;
    private static final String SESSION = "\"sessionId\":\"8E5A3C0B1F2D4E6A9B7C5D3E1F0A2B4C\"";

    @Param({"evaluate", "screenshot", "string"})
    String reply;

    private byte[] message;
    private PendingCall<?> call;
    private MessageParser parser;
    private Class<?> resultType;
    private final ObjectMapper mapper = WireJson.mapper();
    private final OutputStream discard = OutputStream.nullOutputStream();

    @Setup
    public void setUp() {
        String result;
        switch (reply) {
            case "evaluate" -> {
                result = "{\"result\":{\"type\":\"number\",\"value\":2,\"description\":\"2\"}}";
                resultType = EvaluateResult.class;
                call = new PendingCall<>(ID, "Runtime.evaluate", null, ResultDecoder.typed(EvaluateResult.class), false);
            }
            case "screenshot" -> {
                byte[] png = new byte[2 * 1024 * 1024];
                new SplittableRandom(7).nextBytes(png);
                result = "{\"data\":\"" + Base64.getEncoder().encodeToString(png) + "\"}";
                resultType = CaptureScreenshotResult.class;
                call = new PendingCall<>(ID, "Page.captureScreenshot", null,
                        ResultDecoder.binaryField(CaptureScreenshotResult.class, BinarySink.of("data", discard)), false);
            }
            case "string" -> {
                result = "{\"result\":{\"type\":\"string\",\"value\":\"" + "x".repeat(20 * 1024 * 1024) + "\"}}";
                resultType = EvaluateResult.class;
                call = new PendingCall<>(ID, "Runtime.evaluate", null, ResultDecoder.typed(EvaluateResult.class), false);
            }
            default -> throw new IllegalArgumentException("unknown reply " + reply);
        }
        message = ("{\"id\":" + ID + ",\"result\":" + result + "," + SESSION + "}").getBytes(StandardCharsets.UTF_8);
        parser = new MessageParser(id -> id == ID ? call : null);
    }

    /** cdp-client: the result decoded from the message stream. */
    @Benchmark
    public Object streamed() {
        Buffer payload = new Buffer().write(message);
        Incoming.Reply parsed = (Incoming.Reply) parser.parse(payload.inputStream());
        if (parsed.failure() != null) {
            throw new IllegalStateException("decoding failed", parsed.failure());
        }
        return parsed.decoded();
    }

    /** Reference: the message as a String, then a tree, then the result bound from the tree. */
    @Benchmark
    public void viaString(Blackhole sink) throws IOException {
        Buffer payload = new Buffer().write(message);
        JsonNode tree;
        try (JsonParser text = WireJson.factory().createParser(payload.readUtf8())) {
            tree = mapper.readTree(text); // the wire factory, so a 20 MiB string is allowed here too
        }
        Object result = mapper.treeToValue(tree.get("result"), resultType);
        if (result instanceof CaptureScreenshotResult screenshot) {
            sink.consume(screenshot.data().decode());
        }
        sink.consume(tree.get("id").asLong());
        sink.consume(result);
    }
}
