package io.cdpkit.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports bad usage in one line plus a pointer to the command's help (instead of the whole
 * usage text) and exits with {@link ExitCodes#USAGE}.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("cdpkit: " + ex.getMessage());
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }

    /** The error for a command run without one of its subcommands; lists them. */
    static ParameterException missingSubcommand(CommandSpec command) {
        return new ParameterException(command.commandLine(), "Missing command: choose one of "
                + String.join(", ", command.subcommands().keySet()));
    }
}
