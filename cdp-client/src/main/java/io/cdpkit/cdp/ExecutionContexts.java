package io.cdpkit.cdp;

import io.cdpkit.cdp.protocol.runtime.ExecutionContextCreated;
import io.cdpkit.cdp.protocol.runtime.ExecutionContextDestroyed;
import io.cdpkit.cdp.protocol.runtime.ExecutionContextId;
import io.cdpkit.cdp.protocol.runtime.ExecutionContextsCleared;
import com.fasterxml.jackson.databind.JsonNode;
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
    private final Map<String, CompletableFuture<ExecutionContextId>> byFrame = new HashMap<>();

    ExecutionContexts(CdpSession session) {
        session.on(ExecutionContextCreated.TYPE, created -> created(created.context().id(), created.context().auxData()));
        session.on(ExecutionContextDestroyed.TYPE, destroyed -> destroyed(destroyed.executionContextId()));
        session.on(ExecutionContextsCleared.TYPE, cleared -> cleared());
    }

    /** Completes with the frame's current context, or the next one if it has none now. */
    synchronized CompletableFuture<ExecutionContextId> of(String frameId) {
        return byFrame.computeIfAbsent(frameId, id -> new CompletableFuture<>()).copy();
    }

    private synchronized void created(ExecutionContextId id, JsonNode auxData) {
        if (auxData == null || !auxData.path("isDefault").asBoolean() || !auxData.hasNonNull("frameId")) {
            return;
        }
        String frameId = auxData.get("frameId").asText();
        CompletableFuture<ExecutionContextId> current = byFrame.get(frameId);
        if (current == null || current.isDone()) {
            byFrame.put(frameId, CompletableFuture.completedFuture(id));
        } else {
            current.complete(id);
        }
    }

    private synchronized void destroyed(ExecutionContextId id) {
        byFrame.replaceAll((frameId, context) -> context.isDone() && id.equals(context.join()) ? new CompletableFuture<>() : context);
    }

    private synchronized void cleared() {
        byFrame.replaceAll((frameId, context) -> context.isDone() ? new CompletableFuture<>() : context);
    }
}
