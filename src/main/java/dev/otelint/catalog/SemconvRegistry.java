package dev.otelint.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts of one semantic-conventions version: attributes, metrics and the groups that reference
 * attributes. Lookup maps are built once; instances are immutable and safe to share between threads.
 */
public final class SemconvRegistry {

    /** The version {@link #builtin()} returns and every --semconv option defaults to. */
    public static final String DEFAULT_VERSION = "1.44.0";

    private final String version;
    private final String schemaUrl;
    private final Map<String, SemconvAttribute> attributes = new LinkedHashMap<>();
    private final Map<String, SemconvAttribute> templates = new HashMap<>();
    private final Set<String> namespaces = new HashSet<>();
    private final Map<String, SemconvMetric> metrics = new LinkedHashMap<>();
    private final Set<String> metricNamespaces = new HashSet<>();
    private final List<SemconvGroup> groups;

    public SemconvRegistry(String version, String schemaUrl, Collection<SemconvAttribute> attributes,
                           Collection<SemconvMetric> metrics, Collection<SemconvGroup> groups) {
        this.version = version;
        this.schemaUrl = schemaUrl;
        List<SemconvAttribute> sortedAttributes = new ArrayList<>(attributes);
        sortedAttributes.sort(Comparator.comparing(SemconvAttribute::id));
        for (SemconvAttribute attribute : sortedAttributes) {
            addAttribute(attribute);
        }
        List<SemconvMetric> sortedMetrics = new ArrayList<>(metrics);
        sortedMetrics.sort(Comparator.comparing(SemconvMetric::name));
        for (SemconvMetric metric : sortedMetrics) {
            addMetric(metric);
        }
        List<SemconvGroup> sortedGroups = new ArrayList<>(groups);
        sortedGroups.sort(Comparator.comparing(SemconvGroup::id));
        this.groups = List.copyOf(sortedGroups);
    }

    private void addAttribute(SemconvAttribute attribute) {
        attributes.put(attribute.id(), attribute);
        if (attribute.isTemplate()) {
            templates.put(attribute.id(), attribute);
        }
        addPrefixes(attribute.id(), namespaces);
    }

    private void addMetric(SemconvMetric metric) {
        metrics.put(metric.name(), metric);
        addPrefixes(metric.name(), metricNamespaces);
    }

    private static void addPrefixes(String id, Set<String> into) {
        for (int dot = id.indexOf('.'); dot > 0; dot = id.indexOf('.', dot + 1)) {
            into.add(id.substring(0, dot));
        }
    }

    /** A version shipped in the jar, a model/ directory, a registry.json or a directory holding one. */
    public static SemconvRegistry resolve(String versionOrPath) {
        return SemconvRegistrySources.resolve(versionOrPath);
    }

    /** The registry otelint uses by default. */
    public static SemconvRegistry builtin() {
        return SemconvRegistrySources.shipped(DEFAULT_VERSION);
    }

    /**
     * Starts loading {@link #builtin()} on a thread of its own, so that a command parsing its options
     * meanwhile finds it loaded or being loaded (then waits for it). Start-up time only: a failure here is
     * dropped, as the command that asks for the registry loads it again and reports what goes wrong.
     */
    public static void preloadBuiltin() {
        Thread thread = new Thread(() -> {
            try {
                builtin();
            } catch (Throwable ignored) {
                // reported by the command's own request
            }
        }, "otelint-load-semconv");
        thread.setDaemon(true);
        thread.start();
    }

    /** The semantic-conventions versions shipped in the jar. */
    public static List<String> shippedVersions() {
        return SemconvRegistrySources.shippedVersions();
    }

    public String version() {
        return version;
    }

    /** The schema URL of the version, or null when the model did not give one. */
    public String schemaUrl() {
        return schemaUrl;
    }

    /** The attribute with exactly this id (template attributes included), or null. */
    public SemconvAttribute attribute(String id) {
        return attributes.get(id);
    }

    /** The template attribute a key like "http.request.header.content-type" belongs to, or null. */
    public SemconvAttribute templateFor(String key) {
        if (templates.isEmpty()) {
            return null;
        }
        for (int dot = key.lastIndexOf('.'); dot > 0; dot = key.lastIndexOf('.', dot - 1)) {
            SemconvAttribute template = templates.get(key.substring(0, dot));
            if (template != null) {
                return template;
            }
        }
        return null;
    }

    /** True when some attribute id starts with {@code prefix + "."} ("http", "k8s.pod"). */
    public boolean ownsNamespace(String prefix) {
        return namespaces.contains(prefix);
    }

    public SemconvMetric metric(String name) {
        return metrics.get(name);
    }

    /** True when some metric name starts with {@code prefix + "."} ("http.server"). */
    public boolean ownsMetricNamespace(String prefix) {
        return metricNamespaces.contains(prefix);
    }

    /** Every attribute, sorted by id. */
    public Collection<SemconvAttribute> attributes() {
        return Collections.unmodifiableCollection(attributes.values());
    }

    /** Every metric, sorted by name. */
    public Collection<SemconvMetric> metrics() {
        return Collections.unmodifiableCollection(metrics.values());
    }

    /** Every non-metric group that references attributes, sorted by id. */
    public List<SemconvGroup> groups() {
        return groups;
    }

    /** Who references an attribute: groups by id, metrics as "metric.<name>", sorted by that id. */
    public List<SemconvReference> referencesTo(String attributeId) {
        List<SemconvReference> references = new ArrayList<>();
        for (SemconvGroup group : groups) {
            SemconvRequirementLevel level = group.attributes().get(attributeId);
            if (level != null) {
                references.add(new SemconvReference(group.id(), group.type(), level));
            }
        }
        for (SemconvMetric metric : metrics.values()) {
            SemconvRequirementLevel level = metric.attributes().get(attributeId);
            if (level != null) {
                references.add(new SemconvReference("metric." + metric.name(), "metric", level));
            }
        }
        references.sort(Comparator.comparing(SemconvReference::groupId));
        return references;
    }
}
