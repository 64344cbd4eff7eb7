package dev.otelint.migrate;

import dev.otelint.assets.AssetRules;
import dev.otelint.assets.FieldReference;
import dev.otelint.assets.grafana.GrafanaDashboardFields;
import dev.otelint.assets.rules.AssetFieldRules;
import dev.otelint.assets.rules.PrometheusNameRules;
import dev.otelint.assets.savedobjects.SavedObjectAssets;
import dev.otelint.assets.savedobjects.SavedObjectBundle;
import dev.otelint.catalog.DeprecatedNames;
import dev.otelint.catalog.SemconvRegistry;
import dev.otelint.report.Finding;
import dev.otelint.report.FindingSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Plans the renames of deprecated field names in dashboard assets: the field references check-assets
 * extracts, each placed back in the file's text ({@link JsonLocator}). Only those references change;
 * titles, descriptions and any other text that happens to hold an old name are left as they are.
 */
final class AssetMigrator {
    /** What stops extraction from reading part of an asset: names in that part cannot be migrated. */
    private static final Set<String> UNREADABLE = Set.of(AssetRules.BAD_OBJECT.id(), AssetRules.JSON_STRING.id(),
            AssetRules.QUERY_SYNTAX.id());

    private final SemconvRegistry registry;
    private final FindingSink sink;
    private final PrometheusNameRules prometheus;
    private long objects;

    AssetMigrator(SemconvRegistry registry, FindingSink sink) {
        this.registry = registry;
        this.sink = sink;
        this.prometheus = new PrometheusNameRules(registry);
    }

    /** Saved objects and Grafana dashboards read so far (each dashboard is one object, as check-assets counts). */
    long objects() {
        return objects;
    }

    /** The edits of each saved-object file, read together as Dashboards imports them. */
    Map<Path, List<TextEdit>> savedObjects(List<Path> files) {
        SavedObjectBundle bundle = SavedObjectAssets.read(files, this::unreadable);
        objects += bundle.objects().size();
        List<FieldReference> references = SavedObjectAssets.check(bundle, Set.of(), this::unreadable);
        Map<Path, List<TextEdit>> edits = new TreeMap<>();
        for (Path file : files) {
            AssetText text = AssetText.read(file);
            List<FieldReference> own = references.stream().filter(r -> r.file().equals(file.toString())).toList();
            edits.put(file, plan(own, text, text::inSavedObjectLine));
        }
        return edits;
    }

    /** The edits of one Grafana dashboard. */
    List<TextEdit> grafana(Path file) {
        objects++;
        AssetText text = AssetText.read(file);
        return plan(GrafanaDashboardFields.extract(file, this::unreadable), text, text::inDocument);
    }

    @FunctionalInterface
    private interface Placement {
        NameTarget.Span locate(FieldReference ref) throws IOException;
    }

    private List<TextEdit> plan(List<FieldReference> references, AssetText text, Placement placement) {
        Map<Integer, TextEdit> edits = new TreeMap<>();
        for (FieldReference ref : references) {
            if (PrometheusNameRules.applies(ref)) {
                prometheus(ref);
                continue;
            }
            DeprecatedNames.Deprecation found = DeprecatedNames.find(ref.field(), registry);
            if (found == null) {
                continue;
            }
            LeftAlone leftAlone = new LeftAlone(registry, ref.file());
            NameTarget.Span span = found.replacement() == null ? null : locate(placement, ref);
            if (span == null) {
                sink.accept(leftAlone.unrenamed(found, ref.line(), where(ref), path(ref), ref.field(),
                        "otelint cannot place it in the " + ref.language() + " text as written"));
            } else {
                edits.putIfAbsent(span.start(), new TextEdit(span.start(), text.slice(span), found.fixedField()));
            }
        }
        return new ArrayList<>(edits.values());
    }

    private static NameTarget.Span locate(Placement placement, FieldReference ref) {
        try {
            return placement.locate(ref);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Prometheus metric and label names are derived by the exporter from the data's names
     * (http.request.method becomes http_request_method), so they change when the data does; reported only.
     */
    private void prometheus(FieldReference ref) {
        for (Finding f : prometheus.check(ref)) {
            if (!f.rule().equals(AssetFieldRules.DEPRECATED_FIELD.id())) {
                continue;
            }
            boolean renamed = f.expected() != null;
            sink.accept((renamed ? MigrateRules.NOT_REWRITABLE : MigrateRules.MANUAL_RENAME).finding()
                    .file(f.file()).at(f.line(), f.column()).path(f.path()).actual(f.actual()).expected(f.expected())
                    .message(f.message() + "; Prometheus names are derived from the data by the exporter, so "
                            + "migrate leaves them to change with the data")
                    .fix(f.fix())
                    .build());
        }
    }

    private void unreadable(Finding finding) {
        if (UNREADABLE.contains(finding.rule())) {
            sink.accept(finding);
        }
    }

    private static String where(FieldReference ref) {
        String title = ref.objectTitle() == null || ref.objectTitle().isEmpty() ? ref.objectId() : ref.objectTitle();
        return ref.objectType() + " \"" + title + "\"";
    }

    private static String path(FieldReference ref) {
        return ref.objectType() + "/" + ref.objectId() + ":" + ref.jsonPath();
    }
}
