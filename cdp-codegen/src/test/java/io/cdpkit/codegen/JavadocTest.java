package io.cdpkit.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cdpkit.codegen.Schema.Flags;
import java.util.List;
import org.junit.jupiter.api.Test;

class JavadocTest {

    @Test
    void schemaTextIsEscapedForJavadocAndJavac() {
        assertEquals("a &lt;label&gt; &amp; &#64;supports *&#47; &#92;u0000 &#92;0",
                Javadoc.text("a <label> & @supports */ \\u0000 \\0"));
    }

    @Test
    void backtickSpansBecomeCode() {
        assertEquals("e.g. a <code>&lt;label&gt;</code> element, <code>*://*:*&#47;*.css</code>; odd ` stays",
                Javadoc.text("e.g. a `<label>` element, `*://*:*/*.css`; odd ` stays"));
    }

    @Test
    void paragraphsFlagsAndTagsAreLaidOut() {
        Javadoc doc = Javadoc.describe("First line\nsecond line.\n\nNext paragraph.", "unused")
                .flags(new Flags(true, true))
                .returns("the value")
                .param("x", "an x");
        assertEquals(List.of(
                "/**",
                " * First line",
                " * second line.",
                " *",
                " * <p>Next paragraph.",
                " *",
                " * <p><b>Experimental</b> in the DevTools protocol: it may change or disappear in any browser release.",
                " *",
                " * @param x an x",
                " * @return the value",
                " * @deprecated deprecated in the DevTools protocol.",
                " */"), doc.lines());
    }

    @Test
    void blankDescriptionsUseTheFallback() {
        assertEquals(List.of("/**", " * The fallback.", " */"), Javadoc.describe("  ", "The fallback.").lines());
    }

    @Test
    void memberTextNotesOptionalAndFlags() {
        assertEquals("Size. <em>Optional, experimental, deprecated.</em>",
                Javadoc.memberText("Size.", true, new Flags(true, true), "x"));
        assertEquals("the <code>x</code> value", Javadoc.memberText("", false, Flags.NONE, "the <code>x</code> value"));
    }
}
