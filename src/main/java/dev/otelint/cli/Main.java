package dev.otelint.cli;

import dev.otelint.catalog.SemconvRegistry;
import dev.otelint.report.BadInputException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

@Command(name = "otelint",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Checks observability integrations: sample records, mappings, dashboards and collector configs.",
        footer = {"", "Exit codes: 0 clean, 1 findings at or above --fail-on, 2 bad invocation or input, 70 internal error."})
public final class Main implements Runnable {
    /** The subcommands, in the order help lists them. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();
    /** Subcommands that read the semantic-conventions registry. */
    private static final Set<String> REGISTRY_COMMANDS = Set.of("validate", "check-assets", "lint");
    /** Subcommands that show or walk the other commands. */
    private static final Set<String> NEED_ALL = Set.of("help", "completion");

    static {
        SUBCOMMANDS.put("validate", ValidateCommand::new);
        SUBCOMMANDS.put("check-assets", CheckAssetsCommand::new);
        SUBCOMMANDS.put("lint", LintCommand::new);
        SUBCOMMANDS.put("migrate", MigrateCommand::new);
        SUBCOMMANDS.put("bundle", BundleCommand::new);
        SUBCOMMANDS.put("rules", RulesCommand::new);
        SUBCOMMANDS.put("catalog", CatalogCommand::new);
        SUBCOMMANDS.put("new", NewCommand::new);
        SUBCOMMANDS.put("collector", CollectorCommand::new);
        SUBCOMMANDS.put("gen", GenCommand::new);
        SUBCOMMANDS.put("push", PushCommand::new);
        SUBCOMMANDS.put("completion", CompletionCommand::new);
        SUBCOMMANDS.put("help", CommandLine.HelpCommand::new);
    }

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }

    public static void main(String[] args) {
        if (usesBuiltinRegistry(args)) {
            SemconvRegistry.preloadBuiltin(); // on the other core while picocli builds the command
        }
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Commands that check against the built-in semantic conventions unless told another version. */
    static boolean usesBuiltinRegistry(String... args) {
        for (String arg : args) {
            if (arg.startsWith("--semconv")) {
                return false;
            }
        }
        String named = subcommandOf(args);
        return named != null && REGISTRY_COMMANDS.contains(named);
    }

    /** The first argument that is not an option: the subcommand, when it names one; null when there is none. */
    private static String subcommandOf(String... args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return null;
    }

    /** The whole command tree: every subcommand. */
    public static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS.keySet());
    }

    /**
     * The tree a command line needs: only the subcommand it names, since picocli reflects over every command it
     * is given (a third of a short run's CPU with all of them); all of them for help, completion, no subcommand or
     * a misspelt one (whose error suggests the nearest names).
     */
    static CommandLine commandLine(String... args) {
        String named = subcommandOf(args);
        if (named == null && args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return commandLine(Set.of());
        }
        boolean one = named != null && SUBCOMMANDS.containsKey(named) && !NEED_ALL.contains(named);
        return commandLine(one ? Set.of(named) : SUBCOMMANDS.keySet());
    }

    private static CommandLine commandLine(Set<String> names) {
        CommandLine cl = new CommandLine(new Main());
        SUBCOMMANDS.forEach((name, command) -> {
            if (names.contains(name)) {
                cl.addSubcommand(name, command.get());
            }
        });
        return cl;
    }

    /** Runs one command line with the given streams and returns the exit code; used by tests too. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine(args);
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
