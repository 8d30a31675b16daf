package io.cdpkit.cdp;

import io.cdpkit.cdp.protocol.network.ResourceType;
import io.cdpkit.cdp.protocol.network.ResponseReceived;
import java.util.LinkedHashMap;
import java.util.Map;

/** The responses that delivered the page's recent documents, by loader id ({@code Network.responseReceived}). */
final class DocumentResponses {

    private static final int KEPT = 32;

    private final Map<String, Response> byLoader = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Response> eldest) {
            return size() > KEPT;
        }
    };

    DocumentResponses(CdpSession session) {
        session.on(ResponseReceived.TYPE, this::received);
    }

    /** The response of the document loaded by {@code loaderId}, or null if none was seen. */
    synchronized Response forLoader(String loaderId) {
        return byLoader.get(loaderId);
    }

    private synchronized void received(ResponseReceived received) {
        if (ResourceType.DOCUMENT.equals(received.type()) && received.loaderId() != null) {
            io.cdpkit.cdp.protocol.network.Response response = received.response();
            byLoader.put(received.loaderId().value(), new Response(response.url(), response.status(),
                    response.statusText() == null ? "" : response.statusText(),
                    HeaderMaps.toMap(response.headers()), response.mimeType()));
        }
    }
}
