package io.cdpkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs the Autobahn driver as its own process against a fake fuzzing server that sends text,
 * binary, fragmented and large messages, checks every echo, and drops one case's connection.
 */
@Timeout(120)
class AutobahnClientTest {

    private static final List<List<ScriptedMessage>> CASES = List.of(
            List.of(ScriptedMessage.text("Hello, Autobahn", 1), ScriptedMessage.binary(125, 1),
                    ScriptedMessage.text("", 1), ScriptedMessage.binary(0, 1)),
            List.of(),
            List.of(ScriptedMessage.text("fragmented κόσμε 😀 ".repeat(2000), 7), ScriptedMessage.binary(70_000, 5),
                    ScriptedMessage.binary(4 * 1024 * 1024, 3), ScriptedMessage.text("x".repeat(1 << 20), 1)));

    @Test
    void echoesEveryCaseExactlyAndUpdatesTheReports() throws Exception {
        try (FakeAutobahnServer server = new FakeAutobahnServer(CASES, false)) {
            Result result = runDriver(server, "cdpkit test");
            assertEquals(0, result.exitStatus(), result.output());
            assertCasesPassed(server, "cdpkit test");
            assertTrue(server.offeredExtensions().stream().allMatch("null"::equals), "no deflate unless --deflate");
            List<String> progress = result.output().lines().filter(line -> line.startsWith("case ")).toList();
            assertEquals(3, progress.size(), result.output());
            assertTrue(progress.get(1).contains("failed"), progress.get(1));
        }
    }

    @Test
    void offersDeflateWhenAsked() throws Exception {
        try (FakeAutobahnServer server = new FakeAutobahnServer(CASES, true)) {
            Result result = runDriver(server, "deflating", "--deflate");
            assertEquals(0, result.exitStatus(), result.output());
            assertCasesPassed(server, "deflating");
            assertTrue(server.offeredExtensions().stream().allMatch(offer -> offer.startsWith("permessage-deflate")),
                    server.offeredExtensions().toString());
        }
    }

    @Test
    void rejectsMissingArguments() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = AutobahnClient.run(new String[] {"ws://127.0.0.1:9001"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage: AutobahnClient"));
    }

    private static void assertCasesPassed(FakeAutobahnServer server, String agent) {
        assertEquals(3, server.records().size(), "every case was run");
        for (int n : new int[] {1, 3}) {
            CaseRecord record = server.records().get(n);
            assertEquals(List.of(), record.problems, "case " + n);
            assertEquals(CASES.get(n - 1).size(), record.exactEchoes, "case " + n);
            assertTrue(record.finished, "case " + n);
        }
        server.records().values().forEach(record -> assertEquals(agent, record.agent));
        assertEquals(List.of(agent), server.reportAgents());
    }

    private static Result runDriver(FakeAutobahnServer server, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AutobahnClient.class.getName(),
                server.uri("").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            Thread pump = new Thread(() -> {
                try {
                    process.getInputStream().transferTo(output);
                } catch (IOException e) {
                    // The process ended.
                }
            });
            pump.start();
            assertTrue(process.waitFor(90, TimeUnit.SECONDS), "the driver did not finish within 90 s");
            pump.join(5000);
            return new Result(process.exitValue(), output.toString(StandardCharsets.UTF_8));
        } finally {
            process.destroyForcibly();
        }
    }

    private record Result(int exitStatus, String output) {
    }
}
