package dev.otelint.migrate;

import dev.otelint.catalog.DeprecatedNames;
import dev.otelint.catalog.SemconvAttribute;
import dev.otelint.catalog.SemconvRegistry;
import dev.otelint.report.Finding;
import dev.otelint.report.Rule;
import java.util.List;

/**
 * The findings for deprecated names migrate leaves alone. {@code where} says what holds the name
 * ("record 3", "visualization \"Requests\"") and {@code path} where inside it; the name as written
 * is the finding's actual value, so the same name in many records groups into one finding.
 */
final class LeftAlone {
    private final SemconvRegistry registry;
    private final String file;

    LeftAlone(SemconvRegistry registry, String file) {
        this.registry = registry;
        this.file = file;
    }

    /** No plain replacement: the fix names what the deprecation note offers instead. */
    Finding manual(int line, String where, String path, String written, String attributeId) {
        SemconvAttribute attribute = registry.attribute(attributeId);
        List<String> replacements = attribute == null ? List.of() : attribute.deprecation().replacedBy();
        return start(MigrateRules.MANUAL_RENAME, line, path, written)
                .message(where + ": \"" + written + "\": attribute " + attributeId + " is deprecated in semantic "
                        + "conventions " + registry.version() + " without a plain rename; left unchanged")
                .expected(replacements.isEmpty() ? null : String.join(", ", replacements))
                .fix(replacements.isEmpty() ? "remove it, or keep it until its consumers move on"
                        : "replace it by hand with " + String.join(" and/or ", replacements)
                        + " (see `otelint catalog attribute " + attributeId + "`)")
                .build();
    }

    /** A plain rename written in a form migrate does not edit; {@code form} says which. */
    Finding notRewritable(int line, String where, String path, String written, String replacement, String form) {
        return start(MigrateRules.NOT_REWRITABLE, line, path, written)
                .message(where + ": \"" + written + "\" is deprecated (use " + replacement + ") but " + form
                        + "; left unchanged")
                .expected(replacement)
                .fix("rename \"" + written + "\" to \"" + replacement + "\" by hand")
                .build();
    }

    /** The replacement already exists beside the deprecated key. */
    Finding collision(int line, String where, String path, String written, String replacement) {
        return start(MigrateRules.RENAME_COLLISION, line, path, written)
                .message(where + ": \"" + written + "\" is deprecated, but its replacement \"" + replacement
                        + "\" is already in the same object; left unchanged")
                .expected(replacement)
                .fix("keep one value under \"" + replacement + "\" and remove \"" + written + "\"")
                .build();
    }

    /** The finding for a deprecated name found by {@link DeprecatedNames} that cannot be renamed as written. */
    Finding unrenamed(DeprecatedNames.Deprecation found, int line, String where, String path, String written,
                      String form) {
        return found.replacement() == null ? manual(line, where, path, written, found.attribute())
                : notRewritable(line, where, path, written, found.fixedField(), form);
    }

    private Finding.Builder start(Rule rule, int line, String path, String written) {
        return rule.finding().file(file).at(line, 0).path(path).actual(written);
    }
}
