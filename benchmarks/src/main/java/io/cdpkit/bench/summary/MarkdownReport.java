package io.cdpkit.bench.summary;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders a {@link MedianTable} as Markdown: the medians with the ratio baseline/peer per
 * workload, the peak RSS of the runs, an ASCII bar chart of how many times better the baseline
 * is than each peer, and the failed runs.
 */
public final class MarkdownReport {

    /** Characters of bar per 1.0x in the chart. */
    private static final int CHARS_PER_X = 20;
    private static final int MAX_BAR = 3 * CHARS_PER_X;
    private static final String RSS_SUFFIX = "-rss";

    private final MedianTable table;
    private final List<String> failures;

    /** A report of {@code table} that also lists {@code failures}. */
    public MarkdownReport(MedianTable table, List<String> failures) {
        this.table = table;
        this.failures = failures;
    }

    /** The whole report. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("Medians; ratio = ").append(baseline()).append(" / peer (for ms and MiB lower is better)\n\n");
        figures(out, false);
        out.append("\nPeak RSS per run (MiB, median; `/usr/bin/time -v`)\n\n");
        figures(out, true);
        out.append("\nHow many times better ").append(baseline()).append(" is than each peer")
                .append(" (# = ").append(CHARS_PER_X).append(" per 1.0x, `.` fills the shortfall below 1.0x)\n\n```\n");
        chart(out);
        out.append("```\n");
        if (!failures.isEmpty()) {
            out.append("\nFailed runs\n\n```\n");
            failures.forEach(f -> out.append(f).append('\n'));
            out.append("```\n");
        }
        return out.toString();
    }

    private String baseline() {
        return table.impls().get(0);
    }

    private List<String> peers() {
        return table.impls().subList(1, table.impls().size());
    }

    private void figures(StringBuilder out, boolean rss) {
        out.append("| workload | unit | ").append(String.join(" | ", table.impls()));
        peers().forEach(p -> out.append(" | ").append(baseline()).append('/').append(p));
        out.append(" |\n|---|---|").append("---:|".repeat(table.impls().size() + peers().size())).append('\n');
        for (MedianTable.Row row : table.rows()) {
            if (row.workload().endsWith(RSS_SUFFIX) != rss) {
                continue;
            }
            String name = rss ? row.workload().substring(0, row.workload().length() - RSS_SUFFIX.length()) : row.workload();
            out.append("| ").append(name).append(" | ").append(row.unit());
            for (String impl : table.impls()) {
                out.append(" | ").append(row.median(impl).map(MarkdownReport::number).orElse("FAIL"));
            }
            for (String peer : peers()) {
                out.append(" | ").append(row.ratio(baseline(), peer).map(MarkdownReport::ratio).orElse("-"));
            }
            out.append(" |\n");
        }
    }

    private void chart(StringBuilder out) {
        List<MedianTable.Row> figures = table.rows().stream()
                .filter(r -> !r.workload().endsWith(RSS_SUFFIX))
                .collect(Collectors.toList());
        int width = figures.stream().mapToInt(r -> r.workload().length()).max().orElse(2);
        int peerWidth = peers().stream().mapToInt(String::length).max().orElse(2);
        for (MedianTable.Row row : figures) {
            for (String peer : peers()) {
                row.advantage(baseline(), peer).ifPresent(advantage -> out
                        .append(pad(row.workload(), width)).append(" vs ").append(pad(peer, peerWidth)).append(' ')
                        .append(bar(advantage)).append(' ').append(ratio(advantage)).append("x\n"));
            }
        }
    }

    static String bar(double advantage) {
        int filled = (int) Math.round(Math.min(advantage, (double) MAX_BAR / CHARS_PER_X) * CHARS_PER_X);
        String shortfall = ".".repeat(Math.max(0, CHARS_PER_X - filled));
        String overflow = advantage * CHARS_PER_X > MAX_BAR ? ">" : "";
        return pad("#".repeat(filled) + shortfall + overflow, MAX_BAR + 1);
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    static String number(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
