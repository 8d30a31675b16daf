package io.cdpkit.bench;

import io.cdpkit.bench.harness.Flags;
import io.cdpkit.bench.summary.MarkdownReport;
import io.cdpkit.bench.summary.MedianTable;
import io.cdpkit.bench.summary.ResultLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the lines a side-by-side script collected into the Markdown tables of BENCHMARKS.md:
 *
 * <pre>
 * java -cp cdpkit-benchmarks.jar io.cdpkit.bench.Summary --results FILE --impls cdpkit,okhttp,jdk
 * </pre>
 *
 * The first implementation is the baseline of the ratios.
 */
public final class Summary {

    private Summary() {
    }

    /** Prints the report for {@code --results} and {@code --impls}. */
    public static void main(String[] args) throws IOException {
        Flags flags = Flags.parse(args, Set.of("results", "impls"));
        List<String> impls = Arrays.stream(flags.required("impls").split(","))
                .map(String::strip)
                .filter(impl -> !impl.isEmpty())
                .collect(Collectors.toList());
        if (impls.size() < 2) {
            throw new IllegalArgumentException("--impls needs the baseline and at least one peer: " + impls);
        }
        ResultLog log = ResultLog.parse(Files.readAllLines(Path.of(flags.required("results"))));
        System.out.print(new MarkdownReport(MedianTable.of(log.samples(), impls), log.failures()).render());
    }
}
