package io.cdpkit.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class MedianTest {

    @Test
    void takesTheMiddleOfAnOddCount() {
        assertEquals(3.0, Median.of(List.of(9.0, 1.0, 3.0)));
    }

    @Test
    void averagesTheMiddleTwoOfAnEvenCount() {
        assertEquals(2.5, Median.of(List.of(4.0, 1.0, 2.0, 3.0)));
    }

    @Test
    void refusesAnEmptyList() {
        assertThrows(IllegalArgumentException.class, () -> Median.of(List.of()));
    }
}
