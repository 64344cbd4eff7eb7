package dev.otelint.cli;

import dev.otelint.report.BadInputException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

@Command(name = "otelint",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Checks observability integrations: sample records, mappings, dashboards and collector configs.",
        subcommands = {
            ValidateCommand.class,
            CheckAssetsCommand.class,
            LintCommand.class,
            MigrateCommand.class,
            BundleCommand.class,
            RulesCommand.class,
            CatalogCommand.class,
            NewCommand.class,
            CollectorCommand.class,
            GenCommand.class,
            PushCommand.class,
            CompletionCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {"", "Exit codes: 0 clean, 1 findings at or above --fail-on, 2 bad invocation or input, 70 internal error."})
public final class Main implements Runnable {

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs one command line with the given streams and returns the exit code; used by tests too. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        Main main = new Main();
        CommandLine cl = new CommandLine(main);
        cl.setOut(out);
        cl.setErr(err);
        cl.setColorScheme(Terminal.colorScheme());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> handle(ex, err, isDebug(parseResult)));
        cl.setParameterExceptionHandler((ex, args1) -> {
            err.println("otelint: " + ex.getMessage());
            if (isDebug(ex.getCommandLine().getParseResult())) {
                ex.printStackTrace(err);
            }
            err.println("Try 'otelint " + subcommandPath(ex.getCommandLine()) + "--help' for more information.");
            err.flush();
            return ExitCodes.BAD_INPUT;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String subcommandPath(CommandLine cl) {
        String path = cl.getCommandSpec().qualifiedName(" ");
        path = path.startsWith("otelint") ? path.substring("otelint".length()).trim() : path;
        return path.isEmpty() ? "" : path + " ";
    }

    /** True when --debug was given on the command or any subcommand (it is inherited). */
    private static boolean isDebug(CommandLine.ParseResult parseResult) {
        if (parseResult == null) {
            return false;
        }
        CommandLine.ParseResult top = parseResult;
        while (top.commandSpec().commandLine().getParent() != null) {
            top = top.commandSpec().commandLine().getParent().getParseResult();
        }
        for (CommandLine.ParseResult r = top; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    private static int handle(Exception ex, PrintWriter err, boolean debug) {
        if (ex instanceof BadInputException) {
            err.println("otelint: " + ex.getMessage());
            if (debug) {
                ex.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        err.println("otelint: internal error: " + ex + (debug ? "" : " (run with --debug for details)"));
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL_ERROR;
    }
}
