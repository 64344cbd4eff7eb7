package dev.otelint.integration.scaffold;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.otelint.records.Signal;
import dev.otelint.report.BadInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A template's manifest.json: which files are copied where, how sample data and schemas are laid out,
 * and the defaults (integrations-template/TEMPLATE.md describes each key).
 */
public record TemplateManifest(
        String defaultType,
        String defaultVersion,
        Map<String, List<String>> defaultComponents,
        String defaultDescription,
        FileEntry config,
        List<FileEntry> files,
        SampleData sampleData,
        String schemas) {

    public static final String FILE = "manifest.json";

    /** A file copied from {@code source} to {@code target}; only for the signal types listed, or all when none are. */
    public record FileEntry(String source, String target, List<String> types) {

        boolean appliesTo(Signal type) {
            return types == null || types.isEmpty() || types.contains(type.label());
        }
    }

    /** The records file of a type, the per-component fragment files, and where the merged records go. */
    public record SampleData(String records, String component, String target) {}

    public static TemplateManifest read(TemplateSource template) {
        String where = template.describe(FILE);
        TemplateManifest manifest;
        try {
            manifest = new ObjectMapper().readValue(template.read(FILE), TemplateManifest.class);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw BadInputException.at(where, line, 0, "not a template manifest: " + e.getOriginalMessage());
        }
        manifest.requireComplete(where);
        return manifest;
    }

    /** The signal type used when none is asked for. */
    public Signal defaultSignal() {
        return Signal.valueOf(defaultType.toUpperCase(Locale.ROOT));
    }

    /** The components used for a type when none are asked for. */
    public List<String> defaultComponents(Signal type) {
        return defaultComponents.getOrDefault(type.label(), List.of());
    }

    private void requireComplete(String where) {
        if (defaultType == null || defaultVersion == null || defaultComponents == null || defaultDescription == null || config == null || files == null || sampleData == null
                || sampleData.records() == null || sampleData.target() == null || schemas == null) {
            throw new BadInputException(where + ": expected defaultType, defaultVersion, defaultComponents, defaultDescription, config, files, "
                    + "sampleData {records, component, target} and schemas");
        }
        if (Arrays.stream(Signal.values()).noneMatch(s -> s.label().equals(defaultType))) {
            throw new BadInputException(where + ": defaultType: expected logs, traces or metrics, got '" + defaultType + "'");
        }
        ScaffoldRequest.requireVersion(defaultVersion);
        for (FileEntry entry : Stream.concat(files.stream(), Stream.of(config)).toList()) {
            if (entry.source() == null || entry.target() == null) {
                throw new BadInputException(where + ": every entry of files needs a source and a target");
            }
        }
    }
}
