package io.cdpkit.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

    @ParameterizedTest
    @CsvSource({
            "jpeg, JPEG",
            "sameOrigin, SAME_ORIGIN",
            "same-origin, SAME_ORIGIN",
            "cache_storage, CACHE_STORAGE",
            "RenderFrameHostReused_CrossSite, RENDER_FRAME_HOST_REUSED_CROSS_SITE",
            "HTMLElement, HTML_ELEMENT",
            "ctap2_0, CTAP2_0",
            "webkit2D, WEBKIT2_D",
            "3d, _3D",
            "a.b c, A_B_C",
            "trailing-, TRAILING",
            "'', EMPTY",
            "--, EMPTY"})
    void enumValuesBecomeUpperSnakeConstants(String value, String constant) {
        assertEquals(constant, Names.constantName(value));
    }

    @Test
    void keywordsAndReservedNamesGetATrailingUnderscore() {
        assertEquals("this_", Names.memberName("this", Set.of()));
        assertEquals("class_", Names.memberName("class", Set.of()));
        assertEquals("default_", Names.memberName("default", Set.of()));
        assertEquals("record_", Names.memberName("record", Set.of()));
        assertEquals("hashCode_", Names.memberName("hashCode", Set.of()));
        assertEquals("io_", Names.memberName("io", Set.of()));
        assertEquals("method_", Names.memberName("method", Set.of("method")));
        assertEquals("method", Names.memberName("method", Set.of()));
        assertEquals("frameId", Names.memberName("frameId", Set.of()));
    }

    @Test
    void charactersJavaDoesNotAllowAreReplaced() {
        assertEquals("content_type", Names.memberName("content-type", Set.of()));
        assertEquals("_3d", Names.memberName("3d", Set.of()));
    }

    @Test
    void classAndPackageNames() {
        assertEquals("CaptureScreenshot", Names.className("captureScreenshot"));
        assertEquals("AXNodeId", Names.className("AXNodeId"));
        assertEquals("PageDomain", Names.facadeName("Page"));
        assertEquals("io.cdpkit.cdp.protocol.indexeddb", Names.packageName("IndexedDB"));
        assertEquals("io.cdpkit.cdp.protocol.io", Names.packageName("IO"));
        assertEquals("io.cdpkit.cdp.protocol.import_", Names.packageName("Import"));
        assertEquals("withFromSurface", Names.witherName("fromSurface"));
        assertEquals("withThis", Names.witherName("this"));
    }
}
