package io.cdpkit.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class FlagsTest {

    private static final Set<String> KNOWN = Set.of("impl", "seconds");

    @Test
    void readsNamedValues() {
        Flags flags = Flags.parse(new String[] {"--impl", "cdpkit", "--seconds", "2.5"}, KNOWN);
        assertEquals("cdpkit", flags.required("impl"));
        assertEquals(2.5, flags.seconds("seconds", 10));
    }

    @Test
    void fallsBackWhenAbsent() {
        Flags flags = Flags.parse(new String[0], KNOWN);
        assertEquals(10, flags.seconds("seconds", 10));
        assertEquals("x", flags.optional("impl", "x"));
    }

    @Test
    void namesTheUnknownFlag() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Flags.parse(new String[] {"--speed", "9"}, KNOWN));
        assertTrue(e.getMessage().contains("--speed"), e.getMessage());
    }

    @Test
    void namesTheFlagWithoutValue() {
        var e = assertThrows(IllegalArgumentException.class, () -> Flags.parse(new String[] {"--impl"}, KNOWN));
        assertTrue(e.getMessage().contains("--impl"), e.getMessage());
    }

    @Test
    void namesTheMissingRequiredFlag() {
        var e = assertThrows(IllegalArgumentException.class, () -> Flags.parse(new String[0], KNOWN).required("impl"));
        assertTrue(e.getMessage().contains("--impl"), e.getMessage());
    }

    @Test
    void rejectsNegativeAndNonNumericSeconds() {
        assertThrows(IllegalArgumentException.class,
                () -> Flags.parse(new String[] {"--seconds", "-1"}, KNOWN).seconds("seconds", 1));
        var e = assertThrows(IllegalArgumentException.class,
                () -> Flags.parse(new String[] {"--seconds", "ten"}, KNOWN).seconds("seconds", 1));
        assertTrue(e.getMessage().contains("ten"), e.getMessage());
    }

    @Test
    void peeksAtRawArguments() {
        assertEquals("okhttp", Flags.peek(new String[] {"--bogus", "--impl", "okhttp"}, "impl"));
        assertEquals("unknown", Flags.peek(new String[] {"--impl"}, "impl"));
    }
}
