package io.cdpkit.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * One in-process run of an example's {@code run(args, out, err)}: its exit status and what it
 * printed on standard output and standard error.
 */
record ExampleRun(int status, String out, String err) {

    /** An example's entry point. */
    @FunctionalInterface
    interface Program {
        int run(String[] args, PrintStream out, PrintStream err);
    }

    static ExampleRun of(Program program, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = program.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new ExampleRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A description for assertion messages. */
    @Override
    public String toString() {
        return "exit " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
