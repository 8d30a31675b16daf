package io.cdpkit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root {@code cdpkit} command: the global options and the list of commands. */
@Command(name = "cdpkit",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = CdpkitCommand.Version.class,
        sortOptions = false,
        description = "Drives Chrome or Chromium over the DevTools protocol: screenshots, PDFs, "
                + "JavaScript, scraping, and a WebSocket client.",
        subcommands = {
            ScreenshotCommand.class,
            PdfCommand.class,
            EvalCommand.class,
            HtmlCommand.class,
            ScrapeCommand.class,
            WsCommand.class,
            ProtocolCommand.class,
            HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            ExitCodes.OK + ":done",
            ExitCodes.FAILURE + ":failed (see the message on stderr)",
            ExitCodes.USAGE + ":bad usage: unknown option, missing or invalid argument",
            ExitCodes.BROWSER_NOT_FOUND + ":no Chrome/Chromium found (install one, or give --browser or CHROME_PATH)",
            ExitCodes.NAVIGATION_FAILED + ":the browser could not load the URL",
            ExitCodes.TIMEOUT + ":a step did not finish within --timeout"
        })
final class CdpkitCommand implements Runnable {

    @Mixin
    private GlobalOptions globalOptions;

    @Spec
    private CommandSpec spec;

    /** The options shared by every command. */
    GlobalOptions globalOptions() {
        return globalOptions;
    }

    /** {@code cdpkit} without a command is a usage error that lists the commands. */
    @Override
    public void run() {
        throw UsageErrorHandler.missingSubcommand(spec);
    }

    /** {@code --version}: the jar's version and the Java running it. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {
                "cdpkit " + (version == null ? "(development build)" : version),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
            };
        }
    }
}
