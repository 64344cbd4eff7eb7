package dev.otelint.integration.scaffold;

import dev.otelint.records.Signal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The values `otelint new` uses for what it is not told (the prompts show them in brackets). */
public final class ScaffoldDefaults {

    private final TemplateManifest manifest;

    public ScaffoldDefaults(TemplateManifest manifest) {
        this.manifest = manifest;
    }

    public Signal type() {
        return manifest.defaultSignal();
    }

    public String version() {
        return manifest.defaultVersion();
    }

    /** "my_web-app" gives "My Web App". */
    public String displayName(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split("[-_]+")) {
            if (!word.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ")
                        .append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
            }
        }
        return out.toString();
    }

    public String description(String displayName, Signal type) {
        Placeholders values = new Placeholders("", Map.of("displayName", displayName, "type", type.label()));
        return values.text(manifest.defaultDescription(), "manifest.json defaultDescription");
    }

    public List<String> components(Signal type) {
        return manifest.defaultComponents(type);
    }
}
