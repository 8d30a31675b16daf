package io.cdpkit.bench.harness;

import java.util.Arrays;
import java.util.List;

/** The median of a list of figures. */
public final class Median {

    private Median() {
    }

    /**
     * The middle value of {@code values}, or the mean of the middle two for an even count.
     *
     * @throws IllegalArgumentException for an empty list
     */
    public static double of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("No values to take the median of");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
