package io.cdpkit.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Entry point of the {@code cdpkit} command ({@code java -jar cdpkit.jar ...}): runs the command
 * named on the command line and exits with its {@linkplain ExitCodes exit code}.
 */
public final class Main {

    private Main() {
    }

    /** Runs {@code cdpkit} with {@code args} and exits the JVM with the command's exit code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The {@code cdpkit} command line with its error handling, ready to {@code execute}. It
     * writes UTF-8 whatever the locale: its output is web content and JSON.
     */
    static CommandLine commandLine() {
        return new CommandLine(new CdpkitCommand())
                .setOut(utf8(System.out))
                .setErr(utf8(System.err))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(new UsageErrorHandler())
                .setExecutionExceptionHandler(new ErrorReporter());
    }

    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
