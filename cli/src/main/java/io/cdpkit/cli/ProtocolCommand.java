package io.cdpkit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cdpkit protocol ...}: commands about the DevTools protocol itself. */
@Command(name = "protocol",
        description = "Commands about the DevTools protocol itself.",
        subcommands = ProtocolDiffCommand.class)
final class ProtocolCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    /** {@code cdpkit protocol} without a subcommand is a usage error. */
    @Override
    public void run() {
        throw UsageErrorHandler.missingSubcommand(spec);
    }
}
