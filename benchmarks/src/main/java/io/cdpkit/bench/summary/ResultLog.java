package io.cdpkit.bench.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines the side-by-side scripts collect: {@code RESULT impl=.. workload=.. value=.. unit=..}
 * and {@code FAIL impl=.. workload=.. reason=..} as the benchmark programs print them, and
 * {@code RSS impl=.. workload=.. kib=..} as the scripts add them from {@code /usr/bin/time -v}.
 * Other lines are ignored.
 */
public final class ResultLog {

    private static final double KIB_PER_MIB = 1024;

    private final List<Sample> samples = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    /** Parses {@code lines}. */
    public static ResultLog parse(List<String> lines) {
        ResultLog log = new ResultLog();
        for (String line : lines) {
            log.add(line.strip());
        }
        return log;
    }

    private void add(String line) {
        if (line.startsWith("RESULT ")) {
            Map<String, String> f = fields(line);
            samples.add(new Sample(f.get("impl"), f.get("workload"), number(f.get("value"), line), f.get("unit")));
        } else if (line.startsWith("RSS ")) {
            Map<String, String> f = fields(line);
            double mebibytes = number(f.get("kib"), line) / KIB_PER_MIB;
            samples.add(new Sample(f.get("impl"), f.get("workload") + "-rss", mebibytes, "MiB"));
        } else if (line.startsWith("FAIL ")) {
            failures.add(line);
        }
    }

    /** The figures, in the order they were read. */
    public List<Sample> samples() {
        return samples;
    }

    /** The {@code FAIL} lines, as printed. */
    public List<String> failures() {
        return failures;
    }

    private static Map<String, String> fields(String line) {
        Map<String, String> fields = new HashMap<>();
        for (String token : line.split(" ")) {
            int eq = token.indexOf('=');
            if (eq > 0) {
                fields.put(token.substring(0, eq), token.substring(eq + 1));
            }
        }
        for (String required : List.of("impl", "workload")) {
            if (!fields.containsKey(required)) {
                throw new IllegalArgumentException("Line without " + required + "=: " + line);
            }
        }
        return fields;
    }

    private static double number(String text, String line) {
        if (text == null) {
            throw new IllegalArgumentException("Line without a value: " + line);
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a number in: " + line, e);
        }
    }
}
