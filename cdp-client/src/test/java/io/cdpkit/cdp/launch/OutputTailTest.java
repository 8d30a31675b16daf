package io.cdpkit.cdp.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OutputTailTest {

    @Test
    void keepsTheLastLinesInOrder() {
        OutputTail tail = new OutputTail(3, 1000);

        for (int i = 1; i <= 5; i++) {
            tail.add("line " + i);
        }

        assertEquals("line 3\nline 4\nline 5\n", tail.text());
    }

    @Test
    void dropsOldLinesToStayWithinTheCharacterLimit() {
        OutputTail tail = new OutputTail(100, 10);

        tail.add("aaaa");
        tail.add("bbbb");
        tail.add("cccc");

        assertEquals("bbbb\ncccc\n", tail.text());
    }

    @Test
    void cutsAnOverlongLine() {
        OutputTail tail = new OutputTail(10, 10);

        tail.add("0123456789abcdef");

        assertEquals("0123456...\n", tail.text());
    }

    @Test
    void isEmptyBeforeAnyOutput() {
        assertEquals("", new OutputTail(1, 10).text());
        assertThrows(IllegalArgumentException.class, () -> new OutputTail(0, 10));
    }
}
