package io.cdpkit.bench.summary;

/**
 * One figure from one benchmark run: a {@code RESULT} line, or the peak resident set size of
 * the run's process (unit {@code MiB}, workload suffixed {@code -rss}).
 *
 * @param impl the implementation that ran
 * @param workload the workload id
 * @param value the figure
 * @param unit its unit
 */
public record Sample(String impl, String workload, double value, String unit) {

    /** True when a smaller value is better (times and memory), false for rates and counts. */
    public boolean lowerIsBetter() {
        return lowerIsBetter(unit);
    }

    static boolean lowerIsBetter(String unit) {
        return unit.equals("ms") || unit.equals("MiB");
    }
}
