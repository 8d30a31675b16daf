package io.cdpkit.cdp.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongFunction;

/**
 * Reads one CDP message with Jackson's streaming parser, straight from the message stream; the
 * message is never held as one string.
 *
 * <p>Fields may come in any order. A {@code result} is decoded while it streams in, by the
 * decoder of the pending call its {@code id} names, when the {@code id} came first (Chrome sends
 * it first); otherwise it is buffered as tokens ({@link TokenBuffer}) and decoded once the
 * {@code id} is known. Event {@code params} are always buffered as tokens, since listeners decode
 * them later on their session's dispatch thread. If decoding a result fails, the parser skips
 * the rest of that value and goes on, so the message's other fields are still read.
 */
final class MessageParser {

    private final LongFunction<PendingCall<?>> pendingCalls;

    /** @param pendingCalls finds the call waiting for a reply id, or null */
    MessageParser(LongFunction<PendingCall<?>> pendingCalls) {
        this.pendingCalls = pendingCalls;
    }

    /**
     * Parses one message; the stream is read to its end but not closed. Failures of the stream
     * itself (a {@code WebSocketException}) propagate; anything wrong with the content becomes
     * {@link Incoming.Unreadable}.
     */
    Incoming parse(InputStream message) {
        Fields fields = new Fields();
        try (JsonParser parser = WireJson.factory().createParser(message)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new JsonParseException(parser, "a CDP message must be a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                readField(parser, fields);
            }
            if (parser.nextToken() != null) {
                throw new JsonParseException(parser, "content after the end of the message");
            }
        } catch (IOException e) {
            return new Incoming.Unreadable(fields.id, e);
        }
        return fields.toIncoming();
    }

    private void readField(JsonParser parser, Fields fields) throws IOException {
        String name = parser.currentName();
        JsonStreamContext messageLevel = parser.getParsingContext();
        parser.nextToken();
        switch (name) {
            case "id" -> fields.id = requireId(parser);
            case "sessionId" -> fields.sessionId = parser.getValueAsString();
            case "method" -> fields.method = parser.getValueAsString();
            case "result" -> readResult(parser, fields, messageLevel);
            case "error" -> fields.error = WireJson.mapper().readTree(parser);
            case "params" -> fields.params = copyOfValue(parser);
            default -> parser.skipChildren();
        }
    }

    private void readResult(JsonParser parser, Fields fields, JsonStreamContext messageLevel) throws IOException {
        fields.hasResult = true;
        if (fields.id < 0) {
            fields.buffered = copyOfValue(parser);
            return;
        }
        PendingCall<?> call = pendingCalls.apply(fields.id);
        if (call == null || call.future().isDone()) {
            parser.skipChildren();
            return;
        }
        try {
            fields.decoded = call.decoder().decode(parser);
        } catch (JsonParseException malformed) {
            throw malformed;
        } catch (IOException | RuntimeException e) {
            fields.failure = e;
            skipRestOfValue(parser, messageLevel);
        }
    }

    /** After a decoder gave up part-way, moves the parser past the end of the value it was reading. */
    private static void skipRestOfValue(JsonParser parser, JsonStreamContext messageLevel) throws IOException {
        while (parser.getParsingContext() != messageLevel) {
            if (parser.nextToken() == null) {
                throw new JsonParseException(parser, "the message ended inside its result");
            }
        }
    }

    private static TokenBuffer copyOfValue(JsonParser parser) throws IOException {
        TokenBuffer copy = new TokenBuffer(parser);
        copy.copyCurrentStructure(parser);
        return copy;
    }

    private static long requireId(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT || parser.getLongValue() < 0) {
            throw new JsonParseException(parser, "the id must be a non-negative integer, not " + parser.getText());
        }
        return parser.getLongValue();
    }

    /** The top-level fields seen so far. */
    private static final class Fields {
        long id = -1;
        String sessionId;
        String method;
        boolean hasResult;
        Object decoded;
        TokenBuffer buffered;
        Exception failure;
        JsonNode error;
        TokenBuffer params;

        Incoming toIncoming() {
            if (id >= 0) {
                if (!hasResult && error == null) {
                    return new Incoming.Unreadable(id, new IOException("the reply has neither result nor error"));
                }
                return new Incoming.Reply(id, decoded, buffered, error, failure);
            }
            if (method != null) {
                return new Incoming.Event(method, sessionId, params != null ? params : emptyObject());
            }
            return new Incoming.Unreadable(-1, new IOException("the message has neither id nor method"));
        }

        private static TokenBuffer emptyObject() {
            TokenBuffer empty = new TokenBuffer(null, false);
            try {
                empty.writeStartObject();
                empty.writeEndObject();
            } catch (IOException impossible) {
                throw new IllegalStateException(impossible);
            }
            return empty;
        }
    }
}
