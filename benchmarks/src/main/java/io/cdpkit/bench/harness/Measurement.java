package io.cdpkit.bench.harness;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One measured value of a workload, printed as
 * {@code RESULT impl=<impl> workload=<workload> value=<value> unit=<unit>}.
 *
 * @param workload the workload id, possibly with a suffix for a secondary figure (for example {@code W3-heap})
 * @param value the figure
 * @param unit its unit, for example {@code msgs/s}, {@code MiB/s} or {@code ms}
 */
public record Measurement(String workload, double value, String unit) {

    /** Checks that the fields contain no spaces (the line format has none inside fields). */
    public Measurement {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(unit, "unit");
        if (workload.isBlank() || workload.contains(" ") || unit.isBlank() || unit.contains(" ")) {
            throw new IllegalArgumentException("Workload and unit must be non-empty and without spaces: '"
                    + workload + "', '" + unit + "'");
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("Not a finite value for " + workload + ": " + value);
        }
    }

    /** The result line for implementation {@code impl}. */
    public String line(String impl) {
        return "RESULT impl=" + impl + " workload=" + workload + " value=" + format(value) + " unit=" + unit;
    }

    /** Plain decimal notation with at most three decimals and no trailing zeros. */
    static String format(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }
}
