package dev.otelint.integration.scaffold;

import dev.otelint.records.Signal;
import dev.otelint.report.BadInputException;
import java.nio.file.Path;
import java.util.List;

/**
 * What the user has said so far (flags, then answers at the prompts); null means not said, so the
 * prompt asks for it or the default applies.
 */
public final class ScaffoldChoices {

    private String name;
    private String displayName;
    private String description;
    private String version;
    private Signal type;
    private List<String> components;

    public String name() {
        return name;
    }

    public ScaffoldChoices name(String value) {
        name = value == null ? null : ScaffoldRequest.requireName(value);
        return this;
    }

    public String displayName() {
        return displayName;
    }

    public ScaffoldChoices displayName(String value) {
        displayName = value == null ? null : ScaffoldRequest.requireText("display name", value);
        return this;
    }

    public String description() {
        return description;
    }

    public ScaffoldChoices description(String value) {
        description = value == null ? null : ScaffoldRequest.requireText("description", value);
        return this;
    }

    public String version() {
        return version;
    }

    public ScaffoldChoices version(String value) {
        version = value == null ? null : ScaffoldRequest.requireVersion(value);
        return this;
    }

    public Signal type() {
        return type;
    }

    public ScaffoldChoices type(Signal value) {
        type = value;
        return this;
    }

    public List<String> components() {
        return components;
    }

    public ScaffoldChoices components(List<String> value) {
        components = value == null ? null : List.copyOf(value);
        return this;
    }

    /** The request, with the defaults for what was not said; the name has no default. */
    public ScaffoldRequest complete(ScaffoldDefaults defaults, Path parent, boolean force) {
        if (name == null) {
            throw new BadInputException("a name is required: otelint new NAME (it is asked for only on a terminal, "
                    + "without --no-input)");
        }
        Signal t = type == null ? defaults.type() : type;
        String display = displayName == null ? defaults.displayName(name) : displayName;
        return new ScaffoldRequest(name, display,
                description == null ? defaults.description(display, t) : description,
                version == null ? defaults.version() : version, t,
                components == null ? defaults.components(t) : components, parent, force);
    }
}
