package dev.otelint.cli;

import dev.otelint.catalog.MappingCatalog;
import dev.otelint.integration.scaffold.ComponentSelection;
import dev.otelint.integration.scaffold.IntegrationScaffolder;
import dev.otelint.integration.scaffold.ScaffoldChoices;
import dev.otelint.integration.scaffold.ScaffoldPrompts;
import dev.otelint.integration.scaffold.TemplateSource;
import dev.otelint.records.Signal;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

// no mixinStandardHelpOptions: --version is the integration's version here
@Command(name = "new",
        header = "Creates a new integration folder from otelint's template.",
        description = {
            "Creates the integration folder NAME from otelint's template: the config,",
            "schemas/ from the catalog, sample data valid against them, a dashboard, a logo,",
            "a README and a collector config. On a terminal it asks for what the flags do",
            "not say; with --no-input, or without a terminal, it uses the defaults."},
        footer = {"", "Examples:",
            "  otelint new demo --no-input",
            "  otelint new web --components http,url --directory integrations",
            "  otelint new checkout --type traces --display-name 'Checkout service'",
            "  otelint new demo --no-input --force    # rewrite the files of demo/"})
public final class NewCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Parameters(arity = "0..1", paramLabel = "NAME",
            description = "Folder and integration name: ^[a-z0-9][a-z0-9_-]*$ (asked for on a terminal).")
    String name;

    @Option(names = "--type", paramLabel = "TYPE", completionCandidates = TypeCandidates.class,
            description = "Signal type: logs, traces or metrics (default: logs).")
    String type;

    @Option(names = "--components", paramLabel = "LIST", completionCandidates = ComponentCandidates.class,
            description = "Catalog components beside the type's own, comma-separated, or 'none' "
                    + "(default per type; 'otelint catalog list' shows them).")
    String components;

    @Option(names = "--display-name", paramLabel = "TEXT", description = "Name shown in OpenSearch Dashboards.")
    String displayName;

    @Option(names = "--description", paramLabel = "TEXT", description = "One-line description.")
    String description;

    @Option(names = "--version", paramLabel = "VERSION", description = "Integration version (default: 1.0.0).")
    String version;

    @Option(names = "--directory", paramLabel = "PARENT", defaultValue = ".",
            description = "Folder to create NAME in (default: the current folder).")
    Path directory;

    @Option(names = "--force",
            description = "Write into an existing NAME folder: its files of the same names are replaced, others kept.")
    boolean force;

    @Option(names = "--no-input", description = "Never ask; use the defaults for what the flags do not say.")
    boolean noInput;

    @Option(names = "--template", paramLabel = "DIR",
            description = "A template folder laid out like otelint's integrations-template/ (default: the built-in one).")
    Path template;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        IntegrationScaffolder scaffolder = new IntegrationScaffolder(
                template == null ? TemplateSource.builtin() : TemplateSource.directory(template), MappingCatalog.builtin());
        ScaffoldChoices choices = new ScaffoldChoices().name(name).displayName(displayName).description(description)
                .version(version).type(type == null ? null : OptionValues.parse("--type", type, Signal.class))
                .components(components == null ? null : ComponentSelection.parseList(components));
        if (!noInput && System.console() != null) {
            ask(scaffolder, choices);
        }
        IntegrationScaffolder.Result result = scaffolder.create(choices.complete(scaffolder.defaults(), directory, force));
        report(result, spec.commandLine().getOut());
        return ExitCodes.CLEAN;
    }

    private static void ask(IntegrationScaffolder scaffolder, ScaffoldChoices choices) {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            new ScaffoldPrompts(terminal, scaffolder.defaults(), scaffolder.catalog()).ask(choices);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the terminal", e);
        }
    }

    private void report(IntegrationScaffolder.Result result, PrintWriter out) {
        List<String> parts = result.selection().names();
        Path shown = directory.resolve(result.directory().getFileName()).normalize();
        out.println("Created " + shown + " (" + result.selection().indexTemplate().name() + ", components: "
                + (parts.isEmpty() ? "none" : String.join(", ", parts)) + "), " + result.files().size() + " files:");
        for (String file : result.files()) {
            out.println("  " + file);
        }
        out.println("Check it: otelint lint " + shown);
        out.flush();
    }

    static final class TypeCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("logs", "traces", "metrics").iterator();
        }
    }

    static final class ComponentCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return MappingCatalog.builtin().entries().stream()
                    .filter(e -> e.kind() == MappingCatalog.Kind.COMPONENT).map(MappingCatalog.Entry::name)
                    .distinct().sorted().iterator();
        }
    }
}
