package dev.otelint.integration.scaffold;

import dev.otelint.records.Signal;
import dev.otelint.report.BadInputException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What {@code otelint new} creates: the integration's identity, its signal type and components, and
 * where (the folder {@code parent/name}; an existing one only with {@code force}).
 */
public record ScaffoldRequest(String name, String displayName, String description, String version, Signal type,
        List<String> components, Path parent, boolean force) {

    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    static final Pattern VERSION = Pattern.compile("[0-9]+\\.[0-9]+\\.[0-9]+");
    // keeps <name>-<version>.mapping.json and the data stream names well under file-system and OpenSearch limits
    static final int MAX_NAME_LENGTH = 100;

    public ScaffoldRequest {
        requireName(name);
        requireVersion(version);
        displayName = requireText("display name", displayName);
        description = requireText("description", description);
        components = List.copyOf(components);
    }

    /** The integration name: OpenSearch Dashboards' folder, file and data-stream naming needs {@code ^[a-z0-9][a-z0-9_-]*$}. */
    public static String requireName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new BadInputException("name '" + name + "': expected lower-case letters, digits, '_' and '-', "
                    + "starting with a letter or digit (^[a-z0-9][a-z0-9_-]*$)");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new BadInputException("name: at most " + MAX_NAME_LENGTH + " characters, got " + name.length());
        }
        return name;
    }

    public static String requireVersion(String version) {
        if (version == null || !VERSION.matcher(version).matches()) {
            throw new BadInputException("version '" + version + "': expected MAJOR.MINOR.PATCH, e.g. 1.0.0");
        }
        return version;
    }

    /** One line of text: it goes into a Markdown title, an SVG and JSON strings. */
    public static String requireText(String what, String text) {
        if (text == null || text.isBlank()) {
            throw new BadInputException(what + ": must not be empty");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new BadInputException(what + ": must be one line without control characters");
        }
        return text.strip();
    }

    /** The folder the integration is written to. */
    public Path target() {
        return parent.resolve(name);
    }
}
