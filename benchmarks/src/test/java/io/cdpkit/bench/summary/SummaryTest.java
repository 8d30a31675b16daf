package io.cdpkit.bench.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTest {

    private static final List<String> LINES = List.of(
            "RESULT impl=cdpkit workload=W1 value=9000 unit=msgs/s",
            "RSS impl=cdpkit workload=W1 kib=102400",
            "RESULT impl=okhttp workload=W1 value=6000 unit=msgs/s",
            "RESULT impl=cdpkit workload=W1 value=11000 unit=msgs/s",
            "RESULT impl=okhttp workload=W1 value=5000 unit=msgs/s",
            "RESULT impl=cdpkit workload=W1 value=10000 unit=msgs/s",
            "RESULT impl=cdpkit workload=W4 value=1000 unit=ms",
            "RESULT impl=okhttp workload=W4 value=2000 unit=ms",
            "some log line from a peer",
            "FAIL impl=okhttp workload=W3 reason=timeout");

    @Test
    void takesMediansAndRatiosPerWorkload() {
        ResultLog log = ResultLog.parse(LINES);
        MedianTable table = MedianTable.of(log.samples(), List.of("cdpkit", "okhttp"));
        MedianTable.Row w1 = table.rows().get(0);
        assertEquals("W1", w1.workload());
        assertEquals(10000, w1.median("cdpkit").orElseThrow());
        assertEquals(5500, w1.median("okhttp").orElseThrow());
        assertEquals(10000 / 5500.0, w1.ratio("cdpkit", "okhttp").orElseThrow(), 1e-9);
        assertEquals(3, w1.runs().get("cdpkit"));
        assertEquals(List.of("FAIL impl=okhttp workload=W3 reason=timeout"), log.failures());
    }

    @Test
    void invertsTheAdvantageWhereLowerIsBetter() {
        MedianTable table = MedianTable.of(ResultLog.parse(LINES).samples(), List.of("cdpkit", "okhttp"));
        MedianTable.Row w4 = table.rows().stream().filter(r -> r.workload().equals("W4")).findFirst().orElseThrow();
        assertEquals(0.5, w4.ratio("cdpkit", "okhttp").orElseThrow(), 1e-9);
        assertEquals(2.0, w4.advantage("cdpkit", "okhttp").orElseThrow(), 1e-9);
    }

    @Test
    void readsRssInMebibytes() {
        MedianTable table = MedianTable.of(ResultLog.parse(LINES).samples(), List.of("cdpkit", "okhttp"));
        MedianTable.Row rss = table.rows().stream().filter(r -> r.workload().equals("W1-rss")).findFirst().orElseThrow();
        assertEquals(100, rss.median("cdpkit").orElseThrow());
        assertTrue(rss.median("okhttp").isEmpty());
    }

    @Test
    void rendersTablesChartAndFailures() {
        ResultLog log = ResultLog.parse(LINES);
        String report = new MarkdownReport(MedianTable.of(log.samples(), List.of("cdpkit", "okhttp")), log.failures())
                .render();
        assertTrue(report.contains("| W1 | msgs/s | 10,000 | 5,500 | 1.82 |"), report);
        assertTrue(report.contains("| W1 | MiB | 100 | FAIL | - |"), report);
        assertTrue(report.contains("W4 vs okhttp " + "#".repeat(40)), report);
        assertTrue(report.contains("FAIL impl=okhttp workload=W3 reason=timeout"), report);
    }

    @Test
    void drawsShortfallBelowOne() {
        assertTrue(MarkdownReport.bar(0.5).startsWith("#".repeat(10) + ".".repeat(10) + " "));
        assertTrue(MarkdownReport.bar(5).startsWith("#".repeat(60) + ">"));
    }

    @Test
    void namesTheBadLine() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ResultLog.parse(List.of("RESULT impl=a workload=W1 value=fast unit=ms")));
        assertTrue(e.getMessage().contains("value=fast"), e.getMessage());
    }
}
