package dev.otelint.integration.scaffold;

import dev.otelint.catalog.MappingCatalog;
import dev.otelint.records.Signal;
import dev.otelint.report.BadInputException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.completer.NullCompleter;
import org.jline.reader.impl.completer.StringsCompleter;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;

/**
 * Asks on a terminal for what the flags did not say: name, display name, description, type,
 * components (tab completes the catalog's names for the type) and version, each with its default in
 * brackets; Enter takes the default. A wrong answer is explained and asked again.
 */
public final class ScaffoldPrompts {

    private final LineReader reader;
    private final PrintWriter out;
    private final ScaffoldDefaults defaults;
    private final MappingCatalog catalog;
    private Completer completer = NullCompleter.INSTANCE;

    public ScaffoldPrompts(Terminal terminal, ScaffoldDefaults defaults, MappingCatalog catalog) {
        if (terminal.getWidth() <= 0) {
            terminal.setSize(new Size(80, 24)); // a pty without a window size: jline would cut every prompt to "=>"
        }
        this.reader = LineReaderBuilder.builder().terminal(terminal)
                .completer((r, line, candidates) -> completer.complete(r, line, candidates))
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // a '!' in a description is text
                .build();
        this.out = terminal.writer();
        this.defaults = defaults;
        this.catalog = catalog;
    }

    /** Fills in {@code choices} by asking for each value that is still null. */
    public void ask(ScaffoldChoices choices) {
        if (choices.name() == null) {
            choices.name(ask("Name", null, NullCompleter.INSTANCE, ScaffoldRequest::requireName));
        }
        if (choices.displayName() == null) {
            choices.displayName(ask("Display name", defaults.displayName(choices.name()), NullCompleter.INSTANCE,
                    text -> ScaffoldRequest.requireText("display name", text)));
        }
        if (choices.type() == null) {
            choices.type(Signal.valueOf(ask("Type (logs, traces, metrics)", defaults.type().label(),
                    new StringsCompleter("logs", "traces", "metrics"), ScaffoldPrompts::type).toUpperCase(Locale.ROOT)));
        }
        if (choices.description() == null) {
            choices.description(ask("Description", defaults.description(choices.displayName(), choices.type()),
                    NullCompleter.INSTANCE, text -> ScaffoldRequest.requireText("description", text)));
        }
        if (choices.components() == null) {
            Signal type = choices.type();
            List<String> available = ComponentSelection.available(catalog, type);
            String answer = ask("Components (comma-separated, Tab completes; 'none' for none)",
                    String.join(",", defaults.components(type)), new ComponentCompleter(available), text -> {
                        ComponentSelection.of(catalog, type, ComponentSelection.parseList(text));
                        return text;
                    });
            choices.components(ComponentSelection.parseList(answer));
        }
        if (choices.version() == null) {
            choices.version(ask("Version", defaults.version(), NullCompleter.INSTANCE,
                    ScaffoldRequest::requireVersion));
        }
    }

    private String ask(String label, String defaultValue, Completer forThisPrompt, Function<String, String> check) {
        completer = forThisPrompt;
        String prompt = label + (defaultValue == null ? "" : " [" + defaultValue + "]") + ": ";
        while (true) {
            String line;
            try {
                line = reader.readLine(prompt).strip();
            } catch (EndOfFileException e) {
                throw new BadInputException("new: input ended at the prompt '" + label + "'");
            } catch (UserInterruptException e) {
                throw new BadInputException("new: cancelled");
            }
            String answer = line.isEmpty() ? defaultValue : line;
            if (answer == null) {
                say(label + ": an answer is required");
                continue;
            }
            try {
                return check.apply(answer);
            } catch (BadInputException e) {
                say(e.getMessage());
            }
        }
    }

    private void say(String message) {
        out.println(message);
        out.flush();
    }

    private static String type(String text) {
        for (Signal s : Signal.values()) {
            if (s.label().equals(text.toLowerCase(Locale.ROOT))) {
                return s.label();
            }
        }
        throw new BadInputException("type '" + text + "': expected logs, traces or metrics");
    }
}
