package dev.otelint.integration;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.otelint.catalog.SemconvRegistry;
import dev.otelint.records.JsonTreeReader;
import dev.otelint.records.JsonValue;
import dev.otelint.report.BadInputException;
import dev.otelint.report.Rule;
import dev.otelint.report.RuleRegistry;
import dev.otelint.report.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Finds and reads .otelint.yaml. The nearest one wins, looked up from a folder upwards and no further than
 * the repository root (the first folder with .git). Anything it does not understand is a one-line error
 * naming the file and line, never ignored.
 */
public final class ProjectConfigReader {
    public static final String FILE_NAME = ".otelint.yaml";
    private static final Set<String> TOP_LEVEL = Set.of("semconv", "schemas", "rules", "exclude");
    private static final Set<String> EXCLUSION = Set.of("rule", "paths", "reason");
    private static final YAMLFactory YAML = new YAMLFactory();

    private ProjectConfigReader() {}

    /** The .otelint.yaml that applies to {@code dir}, if any. */
    public static Optional<Path> find(Path dir) {
        for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            Path candidate = d.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
            if (Files.exists(d.resolve(".git"))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The config that applies to {@code dir}: the nearest .otelint.yaml, or {@link ProjectConfig#NONE}. */
    public static ProjectConfig forDirectory(Path dir) {
        return find(dir).map(ProjectConfigReader::read).orElse(ProjectConfig.NONE);
    }

    public static ProjectConfig read(Path file) {
        JsonValue root = parse(file);
        if (root == null) {
            return new ProjectConfig(file, Map.of(), List.of(), null, List.of());
        }
        if (!root.isObject()) {
            throw BadInputException.at(file.toString(), 1, 0, "expected a mapping of semconv, schemas, rules, exclude");
        }
        Path base = file.toAbsolutePath().normalize().getParent();
        Map<String, Severity> severities = new LinkedHashMap<>();
        List<RuleExclusion> exclusions = new ArrayList<>();
        String semconv = null;
        List<Path> schemas = new ArrayList<>();
        for (JsonValue.Member member : root.members()) {
            Place at = new Place(file, member.line());
            switch (member.name()) {
                case "semconv" -> semconv = semconv(at, member.value(), base);
                case "schemas" -> schemas.addAll(folders(at, strings(at, member.value(), "schemas"), base));
                case "rules" -> severities.putAll(severities(at, member.value()));
                case "exclude" -> exclusions.addAll(exclusions(at, member.value(), base));
                default -> throw at.error("unknown key \"" + member.name() + "\": expected one of "
                        + String.join(", ", sorted(TOP_LEVEL)));
            }
        }
        return new ProjectConfig(file, Map.copyOf(severities), List.copyOf(exclusions), semconv, List.copyOf(schemas));
    }

    private static JsonValue parse(Path file) {
        try (JsonParser parser = YAML.createParser(file.toFile())) {
            var token = parser.nextToken();
            return token == null ? null : new JsonTreeReader(parser, 0).readValue(token);
        } catch (IOException e) {
            // snakeyaml's problem and its mark say what is wrong and where; Jackson's first line only says "while parsing"
            if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblem() != null) {
                Mark mark = yaml.getProblemMark() != null ? yaml.getProblemMark() : yaml.getContextMark();
                throw BadInputException.at(file.toString(), mark == null ? 0 : mark.getLine() + 1,
                        mark == null ? 0 : mark.getColumn() + 1, "not valid YAML: " + yaml.getProblem());
            }
            String message = e.getMessage() == null ? e.toString() : e.getMessage().split("\n")[0];
            int line = e instanceof com.fasterxml.jackson.core.JsonProcessingException p && p.getLocation() != null
                    ? p.getLocation().getLineNr() : 0;
            throw BadInputException.at(file.toString(), line, 0, "not valid YAML: " + message);
        }
    }

    /**
     * A model/ directory or registry.json relative to the .otelint.yaml, else a version shipped with otelint;
     * checked here so that a typo is an error at its line rather than a failed check per integration.
     */
    private static String semconv(Place at, JsonValue value, Path base) {
        String text = scalar(at, value, "semconv");
        Path asPath = base.resolve(text).normalize();
        if (Files.exists(asPath)) {
            return asPath.toString();
        }
        try {
            SemconvRegistry.resolve(text);
        } catch (BadInputException e) {
            throw at.error("semconv: expected a shipped version (" + String.join(", ", SemconvRegistry.shippedVersions())
                    + "), a model/ directory or a registry.json, got \"" + text + "\"");
        }
        return text;
    }

    private static List<Path> folders(Place at, List<String> names, Path base) {
        List<Path> folders = new ArrayList<>();
        for (String name : names) {
            Path folder = base.resolve(name).normalize();
            if (!Files.exists(folder)) {
                throw at.error("schemas: " + folder + ": no such folder");
            }
            folders.add(folder);
        }
        return folders;
    }

    private static List<String> globs(Place at, List<String> globs) {
        for (String glob : globs) {
            try {
                RuleExclusion.glob(glob);
            } catch (IllegalArgumentException e) {
                String why = e instanceof PatternSyntaxException p ? p.getDescription() : e.getMessage();
                throw at.error("exclude.paths: \"" + glob + "\" is not a glob: " + why);
            }
        }
        return globs;
    }

    private static Map<String, Severity> severities(Place at, JsonValue value) {
        if (!value.isObject()) {
            throw at.error("rules: expected a mapping of rule id to severity (error, warning, info)");
        }
        Map<String, Severity> result = new LinkedHashMap<>();
        for (JsonValue.Member member : value.members()) {
            Place here = new Place(at.file, member.line());
            knownRule(here, member.name());
            String severity = scalar(here, member.value(), "rules." + member.name());
            try {
                result.put(member.name(), Severity.valueOf(severity.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw here.error("rules." + member.name() + ": expected error, warning or info, got \"" + severity + "\"");
            }
        }
        return result;
    }

    private static List<RuleExclusion> exclusions(Place at, JsonValue value, Path base) {
        if (!value.isArray()) {
            throw at.error("exclude: expected a list of {rule, paths, reason}");
        }
        List<RuleExclusion> result = new ArrayList<>();
        for (JsonValue entry : value.elements()) {
            if (!entry.isObject() || entry.members().isEmpty()) {
                throw at.error("exclude: every entry must be a mapping with rule and/or paths, and reason");
            }
            Place here = new Place(at.file, entry.members().get(0).line());
            String rule = null;
            List<String> paths = List.of();
            String reason = null;
            for (JsonValue.Member member : entry.members()) {
                Place m = new Place(at.file, member.line());
                switch (member.name()) {
                    case "rule" -> rule = knownRule(m, scalar(m, member.value(), "exclude.rule"));
                    case "paths" -> paths = globs(m, strings(m, member.value(), "exclude.paths"));
                    case "reason" -> reason = scalar(m, member.value(), "exclude.reason");
                    default -> throw m.error("unknown key \"" + member.name() + "\" in an exclude entry: expected "
                            + String.join(", ", sorted(EXCLUSION)));
                }
            }
            if (reason == null || reason.isBlank()) {
                throw here.error("exclude: every entry needs a reason (why the findings do not apply)");
            }
            if (rule == null && paths.isEmpty()) {
                throw here.error("exclude: an entry needs a rule, paths or both");
            }
            result.add(new RuleExclusion(rule, paths, reason, base));
        }
        return result;
    }

    private static String knownRule(Place at, String id) {
        if (RuleRegistry.all().stream().map(Rule::id).noneMatch(id::equals)) {
            throw at.error("unknown rule \"" + id + "\" (otelint rules lists them)");
        }
        return id;
    }

    private static String scalar(Place at, JsonValue value, String key) {
        if (!value.isScalar() || value.isNull()) {
            throw at.error(key + ": expected a single value");
        }
        return value.text();
    }

    private static List<String> strings(Place at, JsonValue value, String key) {
        if (value.isScalar() && !value.isNull()) {
            return List.of(value.text());
        }
        if (!value.isArray() || !value.elements().stream().allMatch(v -> v.isScalar() && !v.isNull())) {
            throw at.error(key + ": expected a list of strings");
        }
        return value.elements().stream().map(JsonValue::text).toList();
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().collect(Collectors.toList());
    }

    private record Place(Path file, int line) {
        BadInputException error(String what) {
            return BadInputException.at(file.toString(), line, 0, what);
        }
    }
}
