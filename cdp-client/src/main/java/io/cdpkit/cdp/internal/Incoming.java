package io.cdpkit.cdp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;

/** What one incoming message turned out to be. */
sealed interface Incoming {

    /**
     * The reply to call {@code id}. Exactly one of the outcome fields is set: {@code decoded}
     * (the result, already decoded from the stream by the call's decoder, possibly null),
     * {@code buffered} (the result, kept because the {@code id} came after it),
     * {@code error} (the error object) or {@code failure} (the result could not be decoded).
     */
    record Reply(long id, Object decoded, TokenBuffer buffered, JsonNode error, Exception failure)
            implements Incoming {
    }

    /** An event; {@code params} is never null (an empty object when the message had none). */
    record Event(String method, String sessionId, TokenBuffer params) implements Incoming {
    }

    /** A message that is not JSON-RPC or not JSON at all; {@code id} is -1 when unknown. */
    record Unreadable(long id, Exception problem) implements Incoming {
    }
}
