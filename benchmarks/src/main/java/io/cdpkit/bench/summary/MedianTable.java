package io.cdpkit.bench.summary;

import io.cdpkit.bench.harness.Median;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The median of each workload's figures per implementation, and the ratio of the baseline
 * implementation's median to each peer's. Workloads keep the order in which they first appear.
 */
public final class MedianTable {

    /** One workload's row: unit, medians by implementation (absent when it has no figure) and run counts. */
    public record Row(String workload, String unit, Map<String, Double> medians, Map<String, Integer> runs) {

        /** The median of {@code impl}, if it produced any figure. */
        public Optional<Double> median(String impl) {
            return Optional.ofNullable(medians.get(impl));
        }

        /** baseline / peer of the medians, when both exist and the peer's is not zero. */
        public Optional<Double> ratio(String baseline, String peer) {
            Double b = medians.get(baseline);
            Double p = medians.get(peer);
            return b == null || p == null || p == 0 ? Optional.empty() : Optional.of(b / p);
        }

        /** How many times better the baseline is than the peer: the ratio, inverted where lower is better. */
        public Optional<Double> advantage(String baseline, String peer) {
            return ratio(baseline, peer).map(r -> Sample.lowerIsBetter(unit) ? 1 / r : r);
        }
    }

    private final List<String> impls;
    private final List<Row> rows;

    private MedianTable(List<String> impls, List<Row> rows) {
        this.impls = impls;
        this.rows = rows;
    }

    /** Groups {@code samples} by workload and implementation (only those in {@code impls}) and takes medians. */
    public static MedianTable of(List<Sample> samples, List<String> impls) {
        Map<String, Map<String, List<Double>>> byWorkload = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        for (Sample s : samples) {
            if (impls.contains(s.impl())) {
                byWorkload.computeIfAbsent(s.workload(), w -> new LinkedHashMap<>())
                        .computeIfAbsent(s.impl(), i -> new ArrayList<>())
                        .add(s.value());
                units.putIfAbsent(s.workload(), s.unit());
            }
        }
        List<Row> rows = new ArrayList<>();
        byWorkload.forEach((workload, values) -> {
            Map<String, Double> medians = new LinkedHashMap<>();
            Map<String, Integer> runs = new LinkedHashMap<>();
            values.forEach((impl, list) -> {
                medians.put(impl, Median.of(list));
                runs.put(impl, list.size());
            });
            rows.add(new Row(workload, units.get(workload), medians, runs));
        });
        return new MedianTable(List.copyOf(impls), rows);
    }

    /** The implementations, baseline first. */
    public List<String> impls() {
        return impls;
    }

    /** The rows, in first-appearance order. */
    public List<Row> rows() {
        return rows;
    }
}
