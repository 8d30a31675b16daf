package io.cdpkit.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a positive duration: a number with a unit ({@code 500ms}, {@code 30s}, {@code 1.5s},
 * {@code 2m}, {@code 1h}), a plain number of seconds ({@code 45}) or ISO-8601 ({@code PT30S}).
 */
final class DurationConverter implements ITypeConverter<Duration> {

    private static final Pattern AMOUNT_AND_UNIT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");
    private static final Map<String, Long> MILLIS_PER_UNIT =
            Map.of("ms", 1L, "s", 1_000L, "m", 60_000L, "h", 3_600_000L);

    @Override
    public Duration convert(String value) {
        Duration duration = parse(value.strip());
        if (duration.isZero() || duration.isNegative()) {
            throw new TypeConversionException("'" + value + "' is not a positive duration");
        }
        return duration;
    }

    private static Duration parse(String value) {
        Matcher matcher = AMOUNT_AND_UNIT.matcher(value.toLowerCase(Locale.ROOT));
        try {
            if (matcher.matches()) {
                long unit = MILLIS_PER_UNIT.get(matcher.group(2) == null ? "s" : matcher.group(2));
                return Duration.ofMillis(new BigDecimal(matcher.group(1)).multiply(BigDecimal.valueOf(unit))
                        .setScale(0, RoundingMode.UP).longValueExact());
            }
            return Duration.parse(value.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new TypeConversionException("'" + value + "' is not a duration: use for example 30s, 2m, "
                    + "500ms or a number of seconds");
        }
    }
}
