package io.cdpkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {

    private final DurationConverter converter = new DurationConverter();

    @ParameterizedTest
    @CsvSource({
        "30s, 30000",
        "2m, 120000",
        "500ms, 500",
        "1.5s, 1500",
        "45, 45000",
        "1h, 3600000",
        "' 10 S ', 10000",
        "PT30S, 30000",
        "pt1m, 60000",
        "0.0001s, 1"
    })
    void readsDurations(String text, long millis) {
        assertEquals(Duration.ofMillis(millis), converter.convert(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0s", "-5s", "PT-1S", "abc", "10x", "s", "99999999999999999999h", ""})
    void rejectsWhatIsNotAPositiveDurationNamingTheValue(String text) {
        TypeConversionException e = assertThrows(TypeConversionException.class, () -> converter.convert(text));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    }
}
