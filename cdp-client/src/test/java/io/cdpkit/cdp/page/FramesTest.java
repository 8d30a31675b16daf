package io.cdpkit.cdp.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.cdp.Frame;
import io.cdpkit.cdp.Page;
import io.cdpkit.cdp.testing.Await;
import io.cdpkit.cdp.testing.PageFixture;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The frame tree of a page with nested iframes, and scripts run in each frame. */
@Timeout(60)
class FramesTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final PageFixture fixture = new PageFixture();

    private Page page;

    @BeforeEach
    void openFrames() {
        page = fixture.open("frames.html");
    }

    @Test
    void theTreeListsEveryFrameWithNameUrlAndParent() {
        Frame main = page.mainFrame();
        Frame child = frame("child");
        Frame grandchild = frame("grandchild");
        Frame sibling = frame("sibling");

        assertEquals(List.of(main, child, grandchild, sibling), page.frames());
        assertNull(main.parent());
        assertEquals(fixture.url("frames.html"), main.url());
        assertEquals(List.of(child, sibling), main.children());
        assertEquals(main, child.parent());
        assertEquals(fixture.url("frame-child.html"), child.url());
        assertEquals(List.of(grandchild), child.children());
        assertEquals(child, grandchild.parent());
        assertEquals("about:srcdoc", sibling.url());
        assertEquals(page, child.page());
    }

    @Test
    void scriptsRunInTheFramesOwnContext() {
        assertEquals("child", frame("child").evaluate("window.whoAmI").asText());
        assertEquals("grandchild", frame("grandchild").evaluate(String.class, "() => window.whoAmI"));
        assertTrue(page.evaluate("window.whoAmI").isNull());
        assertEquals("Child", frame("child").title());
        assertTrue(frame("grandchild").content().contains("grandchild text"));
    }

    @Test
    void queriesAndWaitsWorkInAFrame() {
        assertEquals("sibling text", frame("sibling").querySelector("#inside").textContent());
        assertEquals("child text", frame("child").querySelector("#inside").textContent());
        assertNull(page.querySelector("#inside"), "the main document has no such element");
        Frame child = frame("child");
        child.evaluate("setTimeout(() => document.body.insertAdjacentHTML('beforeend', '<b id=late>late</b>'), 200)");

        assertEquals("late", child.waitForSelector("#late", WAIT).textContent());
    }

    @Test
    void aFrameThatNavigatesKeepsItsIdentity() {
        Frame child = frame("child");

        child.evaluate("location.href = 'hello.html'");
        assertEquals("Hello", child.waitForSelector("#greeting", WAIT).textContent());

        assertEquals(fixture.url("hello.html"), child.url());
        assertEquals("child", child.name());
        assertEquals(List.of(), child.children(), "the grandchild went with the old document");
    }

    @Test
    void aRemovedFrameIsDetachedWithItsChildren() throws InterruptedException {
        Frame child = frame("child");
        Frame grandchild = frame("grandchild");

        page.evaluate("document.querySelector('iframe[name=child]').remove()");

        Await.until("the child frame to detach", WAIT, child::isDetached);
        assertTrue(grandchild.isDetached());
        assertFalse(frame("sibling").isDetached());
        assertEquals(2, page.frames().size());
        IllegalStateException removed = assertThrows(IllegalStateException.class, () -> child.evaluate("1"));
        assertTrue(removed.getMessage().contains("removed"), removed.getMessage());
    }

    private Frame frame(String name) {
        return page.frames().stream().filter(frame -> frame.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no frame named " + name + " in " + page.frames()));
    }
}
