package io.cdpkit.cdp;

import io.cdpkit.cdp.protocol.page.FrameAttached;
import io.cdpkit.cdp.protocol.page.FrameDetached;
import io.cdpkit.cdp.protocol.page.FrameDetachedReason;
import io.cdpkit.cdp.protocol.page.FrameNavigated;
import io.cdpkit.cdp.protocol.page.NavigatedWithinDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The frames of a page (main frame and iframes) with their parent, name and URL, as the browser
 * reports them: {@code Page.getFrameTree} once, then {@code frameAttached},
 * {@code frameNavigated}, {@code navigatedWithinDocument} and {@code frameDetached}.
 */
final class FrameTree {

    /** What is known of one frame. */
    record FrameInfo(String id, String parentId, String name, String url) {

        FrameInfo withUrl(String newUrl) {
            return new FrameInfo(id, parentId, name, newUrl);
        }
    }

    private final String mainFrameId;
    private final Map<String, FrameInfo> frames = new LinkedHashMap<>();

    /** @param mainFrameId the main frame's id, which for a page target is its target id */
    FrameTree(CdpSession session, String mainFrameId) {
        this.mainFrameId = mainFrameId;
        session.on(FrameAttached.TYPE, attached -> attached(attached.frameId().value(), attached.parentFrameId().value()));
        session.on(FrameNavigated.TYPE, navigated -> navigated(navigated.frame()));
        session.on(NavigatedWithinDocument.TYPE, moved -> urlChanged(moved.frameId().value(), moved.url()));
        session.on(FrameDetached.TYPE, detached -> detached(detached.frameId().value(), detached.reason()));
    }

    /** Adds the frames of {@code Page.getFrameTree}'s answer that no event has reported yet. */
    synchronized void load(io.cdpkit.cdp.protocol.page.FrameTree tree) {
        frames.putIfAbsent(tree.frame().id().value(), infoOf(tree.frame()));
        if (tree.childFrames() != null) {
            tree.childFrames().forEach(this::load);
        }
    }

    String mainFrameId() {
        return mainFrameId;
    }

    synchronized Optional<FrameInfo> info(String frameId) {
        return Optional.ofNullable(frames.get(frameId));
    }

    /** Every frame id, parents before their children. */
    synchronized List<String> ids() {
        List<String> ordered = new ArrayList<>();
        collect(mainFrameId, ordered);
        return ordered;
    }

    synchronized List<String> childIds(String frameId) {
        return frames.values().stream().filter(info -> frameId.equals(info.parentId())).map(FrameInfo::id).toList();
    }

    private void collect(String frameId, List<String> into) {
        into.add(frameId);
        childIds(frameId).forEach(child -> collect(child, into));
    }

    private synchronized void attached(String frameId, String parentId) {
        frames.putIfAbsent(frameId, new FrameInfo(frameId, parentId, "", ""));
    }

    private synchronized void navigated(io.cdpkit.cdp.protocol.page.Frame frame) {
        frames.put(frame.id().value(), infoOf(frame));
    }

    private synchronized void urlChanged(String frameId, String url) {
        frames.computeIfPresent(frameId, (id, info) -> info.withUrl(url));
    }

    /** A frame moving to another process ({@code swap}) stays; a removed one goes with its descendants. */
    private synchronized void detached(String frameId, FrameDetachedReason reason) {
        if (!FrameDetachedReason.SWAP.equals(reason)) {
            remove(frameId);
        }
    }

    private void remove(String frameId) {
        childIds(frameId).forEach(this::remove);
        frames.remove(frameId);
    }

    private static FrameInfo infoOf(io.cdpkit.cdp.protocol.page.Frame frame) {
        String url = frame.url() + (frame.urlFragment() == null ? "" : frame.urlFragment());
        return new FrameInfo(frame.id().value(), frame.parentId() == null ? null : frame.parentId().value(),
                frame.name() == null ? "" : frame.name(), url);
    }
}
