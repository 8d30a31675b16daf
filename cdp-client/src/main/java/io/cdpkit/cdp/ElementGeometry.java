package io.cdpkit.cdp;

import io.cdpkit.cdp.protocol.dom.DOMDomain;
import io.cdpkit.cdp.protocol.dom.Quad;
import io.cdpkit.cdp.protocol.page.GetLayoutMetricsResult;
import io.cdpkit.cdp.protocol.page.PageDomain;
import io.cdpkit.cdp.protocol.runtime.RemoteObjectId;
import java.time.Duration;
import java.util.List;

/**
 * Where an element is on screen ({@code DOM.getContentQuads}, {@code DOM.getBoxModel}), and
 * scrolling it into view ({@code DOM.scrollIntoViewIfNeeded}).
 */
final class ElementGeometry {

    /** What the browser says about an element that has no box: hidden, or not in the document. */
    private static final List<String> NO_BOX = List.of("Could not compute", "does not have a layout object",
            "Node is detached", "Node is not an Element");

    private final CdpSession session;

    ElementGeometry(CdpSession session) {
        this.session = session;
    }

    /**
     * Scrolls the element into view and returns the centre of its first box with an area, in
     * viewport CSS pixels: where a user would click.
     *
     * @throws IllegalStateException if the element has no visible box
     */
    BoundingBox scrollIntoViewAndMeasure(RemoteObjectId element, Duration timeout) {
        try {
            session.send(DOMDomain.scrollIntoViewIfNeeded().withObjectId(element), timeout);
            List<Quad> quads = session.send(DOMDomain.getContentQuads().withObjectId(element), timeout).quads();
            return quads.stream().map(ElementGeometry::boxOf).filter(box -> box.width() * box.height() > 1).findFirst()
                    .orElseThrow(() -> notVisible(null));
        } catch (CdpException e) {
            throw NO_BOX.stream().anyMatch(e.errorMessage()::contains) ? notVisible(e) : e;
        }
    }

    /** The element's border box in viewport CSS pixels, or null if it is not rendered. */
    BoundingBox borderBox(RemoteObjectId element, Duration timeout) {
        try {
            return boxOf(session.send(DOMDomain.getBoxModel().withObjectId(element), timeout).model().border());
        } catch (CdpException e) {
            if (NO_BOX.stream().anyMatch(e.errorMessage()::contains)) {
                return null;
            }
            throw e;
        }
    }

    /**
     * Scrolls the element into view and returns its box relative to the document, as a
     * screenshot clip.
     *
     * @throws IllegalStateException if the element has no visible box
     */
    BoundingBox documentBox(RemoteObjectId element, Duration timeout) {
        BoundingBox inViewport = scrollIntoViewAndMeasure(element, timeout);
        GetLayoutMetricsResult metrics = session.send(PageDomain.getLayoutMetrics(), timeout);
        return inViewport.translate(metrics.cssVisualViewport().pageX(), metrics.cssVisualViewport().pageY());
    }

    private static BoundingBox boxOf(Quad quad) {
        List<Double> points = quad.value();
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (int i = 0; i < points.size(); i += 2) {
            left = Math.min(left, points.get(i));
            right = Math.max(right, points.get(i));
            top = Math.min(top, points.get(i + 1));
            bottom = Math.max(bottom, points.get(i + 1));
        }
        return new BoundingBox(left, top, right - left, bottom - top);
    }

    private static IllegalStateException notVisible(CdpException cause) {
        return new IllegalStateException("the element is not visible (it has no box on the page"
                + (cause == null ? "" : ": " + cause.errorMessage()) + ")", cause);
    }
}
