package io.cdpkit.cdp.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.cdpkit.cdp.BinarySink;
import java.io.IOException;

/**
 * Decodes a result object whose one base64 field goes straight into a stream
 * ({@link JsonParser#readBinaryValue(java.io.OutputStream)} decodes it chunk by chunk from the
 * parser's input buffer), while the other fields are kept and bound to the result type, in which
 * the streamed field stays null.
 */
final class BinaryFieldDecoder<R> implements ResultDecoder<R> {

    private final Class<R> type;
    private final BinarySink sink;

    BinaryFieldDecoder(Class<R> type, BinarySink sink) {
        this.type = type;
        this.sink = sink;
    }

    @Override
    public R decode(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new IOException("expected a result object, found " + parser.currentToken());
        }
        boolean found = false;
        try (TokenBuffer rest = new TokenBuffer(parser)) {
            rest.writeStartObject();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals(sink.field()) && value == JsonToken.VALUE_STRING) {
                    parser.readBinaryValue(sink.out());
                    found = true;
                } else {
                    rest.writeFieldName(name);
                    rest.copyCurrentStructure(parser);
                }
            }
            rest.writeEndObject();
            if (!found) {
                throw new IOException("the result has no base64 string field '" + sink.field() + "'");
            }
            return WireJson.mapper().readValue(rest.asParser(), type);
        }
    }
}
