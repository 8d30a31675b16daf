package io.cdpkit.cdp.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cdpkit.cdp.protocol.ProtocolJson;

/**
 * The JSON setup of the wire: {@link ProtocolJson#mapper()} for data binding, and a parser
 * factory without Jackson's default 20 M-character string limit, since a single CDP value (an
 * evaluate result, a base64 screenshot) may be hundreds of megabytes. The WebSocket's
 * {@code maxMessageSize} is the limit that applies instead. Parsers leave the stream open: the
 * reader drains what is left of a message itself.
 */
public final class WireJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private WireJson() {
    }

    /** Creates parsers and generators for CDP messages. */
    public static JsonFactory factory() {
        return FACTORY;
    }

    /** Binds protocol values; shared and thread-safe. */
    public static ObjectMapper mapper() {
        return ProtocolJson.mapper();
    }
}
