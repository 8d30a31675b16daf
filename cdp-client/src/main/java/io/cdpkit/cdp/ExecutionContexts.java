package io.cdpkit.cdp;

import com.fasterxml.jackson.databind.JsonNode;
import io.cdpkit.cdp.protocol.runtime.ExecutionContextCreated;
import io.cdpkit.cdp.protocol.runtime.ExecutionContextDescription;
import io.cdpkit.cdp.protocol.runtime.ExecutionContextDestroyed;
import io.cdpkit.cdp.protocol.runtime.ExecutionContextId;
import io.cdpkit.cdp.protocol.runtime.ExecutionContextsCleared;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The main-world JavaScript context of each frame of a page, followed through
 * {@code Runtime.executionContextCreated/Destroyed/Cleared}. A frame that is between documents
 * has none for a moment; {@link #of} lets callers wait for the next.
 */
final class ExecutionContexts {

    /** Per frame id: done with the current context, or pending until the next one is created. */
    private final Map<String, CompletableFuture<ExecutionContextDescription>> byFrame = new HashMap<>();

    ExecutionContexts(CdpSession session) {
        session.on(ExecutionContextCreated.TYPE, created -> created(created.context()));
        session.on(ExecutionContextDestroyed.TYPE, destroyed -> destroyed(destroyed.executionContextUniqueId()));
        session.on(ExecutionContextsCleared.TYPE, cleared -> cleared());
    }

    /** Completes with the frame's current context, or the next one if it has none now. */
    synchronized CompletableFuture<ExecutionContextId> of(String frameId) {
        return byFrame.computeIfAbsent(frameId, id -> new CompletableFuture<>()).thenApply(ExecutionContextDescription::id);
    }

    private synchronized void created(ExecutionContextDescription context) {
        JsonNode auxData = context.auxData();
        if (auxData == null || !auxData.path("isDefault").asBoolean() || !auxData.hasNonNull("frameId")) {
            return;
        }
        String frameId = auxData.get("frameId").asText();
        CompletableFuture<ExecutionContextDescription> current = byFrame.get(frameId);
        if (current == null || current.isDone()) {
            byFrame.put(frameId, CompletableFuture.completedFuture(context));
        } else {
            current.complete(context);
        }
    }

    private synchronized void destroyed(String uniqueId) {
        byFrame.replaceAll((frameId, context) ->
                context.isDone() && uniqueId != null && uniqueId.equals(context.join().uniqueId()) ? new CompletableFuture<>() : context);
    }

    private synchronized void cleared() {
        byFrame.replaceAll((frameId, context) -> context.isDone() ? new CompletableFuture<>() : context);
    }
}
