package io.cdpkit.cdp.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cdpkit.cdp.protocol.debugger.CallFrame;
import io.cdpkit.cdp.protocol.dom.DocumentUpdated;
import io.cdpkit.cdp.protocol.dom.GetDocumentResult;
import io.cdpkit.cdp.protocol.dom.Node;
import io.cdpkit.cdp.protocol.dom.NodeId;
import io.cdpkit.cdp.protocol.dom.Quad;
import io.cdpkit.cdp.protocol.fetch.ContinueRequest;
import io.cdpkit.cdp.protocol.fetch.FetchDomain;
import io.cdpkit.cdp.protocol.fetch.RequestId;
import io.cdpkit.cdp.protocol.network.Headers;
import io.cdpkit.cdp.protocol.network.NetworkDomain;
import io.cdpkit.cdp.protocol.network.RequestWillBeSent;
import io.cdpkit.cdp.protocol.network.ResourceType;
import io.cdpkit.cdp.protocol.page.CaptureScreenshot;
import io.cdpkit.cdp.protocol.page.CaptureScreenshotFormat;
import io.cdpkit.cdp.protocol.page.CaptureScreenshotResult;
import io.cdpkit.cdp.protocol.page.EnableResult;
import io.cdpkit.cdp.protocol.page.FrameId;
import io.cdpkit.cdp.protocol.page.LoadEventFired;
import io.cdpkit.cdp.protocol.page.PageDomain;
import io.cdpkit.cdp.protocol.page.Viewport;
import io.cdpkit.cdp.protocol.runtime.Evaluate;
import io.cdpkit.cdp.protocol.runtime.EvaluateResult;
import io.cdpkit.cdp.protocol.runtime.RemoteObjectType;
import io.cdpkit.cdp.protocol.runtime.RuntimeDomain;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Generated types against the exact JSON Chrome sends and expects, through {@link ProtocolJson}. */
class WireFormatTest {

    private static final ObjectMapper MAPPER = ProtocolJson.mapper();

    private static String write(Object value) throws JsonProcessingException {
        return MAPPER.writeValueAsString(value);
    }

    private static <T> T read(String json, Class<T> type) throws JsonProcessingException {
        return MAPPER.readValue(json, type);
    }

    /** Decodes {@code json}, encodes the result again and expects the same JSON tree back. */
    private static <T> T roundTrip(String json, Class<T> type) throws JsonProcessingException {
        T value = read(json, type);
        assertEquals(MAPPER.readTree(json), MAPPER.readTree(write(value)), type.getSimpleName() + " round trip");
        return value;
    }

    @Test
    void explicitFalseIsSentAndUnsetIsNot() throws Exception {
        assertEquals("{}", write(PageDomain.captureScreenshot()));
        assertEquals("{\"fromSurface\":false}", write(PageDomain.captureScreenshot().withFromSurface(false)));
        assertEquals("{\"quality\":0}", write(PageDomain.captureScreenshot().withQuality(0)));
        assertEquals("{}", write(PageDomain.captureScreenshot().withFromSurface(false).withFromSurface(null)));
    }

    @Test
    void aCommandCarriesItsMethodAndResultTypeButDoesNotSerializeThem() throws Exception {
        CaptureScreenshot command = PageDomain.captureScreenshot()
                .withFormat(CaptureScreenshotFormat.JPEG)
                .withQuality(80)
                .withClip(Viewport.of(0, 0, 800.5, 600, 1));
        assertEquals("{\"format\":\"jpeg\",\"quality\":80,"
                + "\"clip\":{\"x\":0.0,\"y\":0.0,\"width\":800.5,\"height\":600.0,\"scale\":1.0}}", write(command));
        assertEquals("Page.captureScreenshot", command.method());
        assertEquals(CaptureScreenshotResult.class, command.resultType());
        assertEquals("{}", write(PageDomain.enable()));
        assertEquals(EnableResult.class, PageDomain.enable().resultType());
    }

    @Test
    void commandsAreImmutableValues() {
        CaptureScreenshot base = PageDomain.captureScreenshot();
        CaptureScreenshot png = base.withFormat(CaptureScreenshotFormat.PNG);
        assertNull(base.format());
        assertSame(CaptureScreenshotFormat.PNG, png.format());
        assertEquals(png, PageDomain.captureScreenshot().withFormat(CaptureScreenshotFormat.of("png")));
    }

    @Test
    void requiredParametersAreCheckedWithAMessageNamingThem() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> RuntimeDomain.evaluate(null));
        assertEquals("Runtime.evaluate: required parameter 'expression' is null", e.getMessage());
    }

    @Test
    void requiredAndOptionalParametersOfEvaluate() throws Exception {
        Evaluate evaluate = RuntimeDomain.evaluate("1 + 1").withReturnByValue(true).withAwaitPromise(false);
        assertEquals("{\"expression\":\"1 + 1\",\"returnByValue\":true,\"awaitPromise\":false}", write(evaluate));
    }

    @Test
    void aParameterNamedLikeAJavaKeywordOrCommandMemberKeepsItsJsonName() throws Exception {
        ContinueRequest command = FetchDomain.continueRequest(RequestId.of("interception-1")).withMethod("POST");
        assertEquals("{\"requestId\":\"interception-1\",\"method\":\"POST\"}", write(command));
        assertEquals("Fetch.continueRequest", command.method());
        assertEquals("POST", command.method_());

        CallFrame frame = roundTrip("""
                {"callFrameId": "cf-1", "functionName": "f", "location": {"scriptId": "7", "lineNumber": 3},
                 "url": "", "scopeChain": [], "this": {"type": "object", "className": "Window"}}""", CallFrame.class);
        assertEquals("Window", frame.this_().className());
        assertSame(RemoteObjectType.OBJECT, frame.this_().type());
    }

    @Test
    void nestedObjectsAndArraysOfRefsDecodeAndRoundTrip() throws Exception {
        GetDocumentResult result = roundTrip("""
                {"root": {"nodeId": 1, "backendNodeId": 2, "nodeType": 9, "nodeName": "#document",
                  "localName": "", "nodeValue": "", "childNodeCount": 1, "documentURL": "http://127.0.0.1/",
                  "children": [{"nodeId": 3, "parentId": 1, "backendNodeId": 4, "nodeType": 1, "nodeName": "HTML",
                    "localName": "html", "nodeValue": "", "attributes": ["lang", "en"]}]}}""",
                GetDocumentResult.class);
        Node html = result.root().children().get(0);
        assertEquals(NodeId.of(1), html.parentId());
        assertEquals("html", html.localName());
        assertEquals(List.of("lang", "en"), html.attributes());
        assertThrows(UnsupportedOperationException.class, () -> html.attributes().add("x"));
        assertNull(html.children());
    }

    @Test
    void unknownEnumValuesDecodeAreKeptAndSentBackUnchanged() throws Exception {
        ResourceType future = read("\"HoloStream\"", ResourceType.class);
        assertFalse(future.isKnown());
        assertEquals("HoloStream", future.value());
        assertEquals("\"HoloStream\"", write(future));
        assertEquals(ResourceType.of("HoloStream"), future);
        assertEquals(ResourceType.of("HoloStream").hashCode(), future.hashCode());
        assertNotEquals(ResourceType.DOCUMENT, future);

        ResourceType known = read("\"Document\"", ResourceType.class);
        assertSame(ResourceType.DOCUMENT, known);
        assertTrue(known.isKnown());
        assertFalse(ResourceType.knownValues().contains(future));
    }

    @Test
    void anEventWithANewerBrowsersValuesAndFieldsStillDecodes() throws Exception {
        RequestWillBeSent event = read("""
                {"requestId": "r1", "loaderId": "l1", "documentURL": "http://127.0.0.1/",
                 "request": {"url": "http://127.0.0.1/a.js", "method": "GET",
                   "headers": {"Accept": "*/*", "X-Future": {"nested": [1, 2]}},
                   "initialPriority": "Turbo", "referrerPolicy": "no-referrer", "brandNewField": true},
                 "timestamp": 12.5, "wallTime": 1700000000.25, "initiator": {"type": "parser"},
                 "redirectHasExtraInfo": false, "type": "HoloStream", "frameId": "F1", "someFutureFlag": 1}""",
                RequestWillBeSent.class);
        assertEquals(FrameId.of("F1"), event.frameId(), "cross-domain ref to Page.FrameId");
        assertFalse(event.type().isKnown());
        assertFalse(event.request().initialPriority().isKnown());
        assertEquals("Turbo", event.request().initialPriority().value());
        Headers headers = event.request().headers();
        assertEquals("*/*", headers.value().get("Accept").asText());
        assertEquals(2, headers.value().get("X-Future").get("nested").get(1).asInt(), "raw objects keep all fields");
        JsonNode resent = MAPPER.readTree(write(event));
        assertEquals("HoloStream", resent.get("type").asText());
        assertEquals("Turbo", resent.get("request").get("initialPriority").asText());
        assertEquals(MAPPER.readTree("{\"Accept\": \"*/*\", \"X-Future\": {\"nested\": [1, 2]}}"),
                resent.get("request").get("headers"));
        assertEquals(12.5, event.timestamp().value());
    }

    @Test
    void anyValuesKeepTheirJson() throws Exception {
        EvaluateResult result = roundTrip("""
                {"result": {"type": "object", "value": {"a": [1, "two", null, {"b": false}]}}}""", EvaluateResult.class);
        assertEquals("two", result.result().value().get("a").get(1).asText());
        assertTrue(result.result().value().get("a").get(2).isNull());
        EvaluateResult number = roundTrip("{\"result\": {\"type\": \"number\", \"value\": 2}}", EvaluateResult.class);
        assertEquals(2, number.result().value().asInt());
    }

    @Test
    void binaryFieldsDecodeToBytes() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff};
        String base64 = java.util.Base64.getEncoder().encodeToString(png);
        CaptureScreenshotResult result = roundTrip("{\"data\": \"" + base64 + "\"}", CaptureScreenshotResult.class);
        assertArrayEquals(png, result.data().decode());
        assertEquals(png.length, result.data().decodedLength());
        assertEquals("Binary[8 bytes]", result.data().toString());
    }

    @Test
    void eventsWithoutParametersDecodeFromAnEmptyObject() throws Exception {
        DocumentUpdated event = read("{}", DocumentUpdated.class);
        assertEquals(new DocumentUpdated(), event);
        assertEquals("{}", write(event));
        assertSame(DocumentUpdated.TYPE, ProtocolEvents.forMethod("DOM.documentUpdated"));
        assertEquals(DocumentUpdated.class, ProtocolEvents.forMethod("DOM.documentUpdated").eventClass());
    }

    @Test
    void theRegistryFindsEventsAndIgnoresUnknownOnes() throws Exception {
        EventType<?> type = ProtocolEvents.forMethod("Page.loadEventFired");
        assertSame(LoadEventFired.TYPE, type);
        LoadEventFired fired = read("{\"timestamp\": 1234.5}", LoadEventFired.class);
        assertEquals(1234.5, fired.timestamp().value());
        assertNull(ProtocolEvents.forMethod("Page.somethingFromTheFuture"));
        assertNull(ProtocolEvents.forMethod(null));
    }

    @Test
    void valueTypesAreWrittenAsBareValues() throws Exception {
        assertEquals("\"F1\"", write(FrameId.of("F1")));
        assertEquals("42", write(NodeId.of(42)));
        Quad quad = roundTrip("[1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5]", Quad.class);
        assertEquals(8, quad.value().size());
        assertEquals(2.5, quad.value().get(1));
        assertThrows(NullPointerException.class, () -> FrameId.of(null));
    }

    @Test
    void rawObjectsSerializeTheirContent() throws Exception {
        Headers fromJson = Headers.of(MAPPER.readTree("{\"X-Test\": \"1\", \"X-Count\": 2}"));
        Headers fromMap = Headers.of(Map.of("X-Test", "1", "X-Count", 2));
        assertEquals(fromJson, fromMap);
        assertEquals("{\"headers\":{\"X-Test\":\"1\"}}",
                write(NetworkDomain.setExtraHTTPHeaders(Headers.of(Map.of("X-Test", "1")))));
    }

    @Test
    void stringsAreUtf8OnTheWire() throws Exception {
        byte[] json = MAPPER.writeValueAsBytes(RuntimeDomain.evaluate("'é ✓'"));
        assertEquals("{\"expression\":\"'é ✓'\"}", new String(json, StandardCharsets.UTF_8));
    }
}
