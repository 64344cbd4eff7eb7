package dev.otelint.catalog;

import dev.otelint.report.BadInputException;
import java.util.Set;

/** Reads the sections of one model file into the builder: v1 {@code groups}, or the definition/2 sections. */
final class SemconvModelSections {

    private static final Set<String> V2_SECTIONS = Set.of("file_format", "attributes", "attribute_groups",
            "spans", "span_refinements", "metrics", "metric_refinements");

    private SemconvModelSections() {}

    static void read(SemconvModelNode root, SemconvModelBuilder builder) {
        if (root.has("file_format")) {
            readDefinition2(root, builder);
        } else {
            checkSections(root, Set.of("groups"));
            for (SemconvModelNode group : root.list("groups")) {
                readGroup(group, builder);
            }
        }
    }

    // Attributes are defined in "registry." groups; other groups only reference them.
    private static void readGroup(SemconvModelNode node, SemconvModelBuilder builder) {
        String id = node.string("id");
        String type = node.string("type");
        boolean registry = id.startsWith("registry.");
        SemconvModelBuilder.Group group = builder.addGroup(node, id, type, node.optionalString("extends"));
        for (SemconvModelNode entry : node.list("attributes")) {
            if (entry.has("id")) {
                builder.defineAttribute(entry, entry.string("id"));
                if (!registry) {
                    group.ref(entry, entry.string("id"), level(entry));
                }
            } else if (entry.has("ref")) {
                group.ref(entry, entry.string("ref"), level(entry));
            } else {
                throw entry.error("expected an attribute entry with \"id\" or \"ref\"");
            }
        }
        if (type.equals("metric")) {
            builder.defineMetric(node, node.string("metric_name"), id);
        }
    }

    private static void readDefinition2(SemconvModelNode root, SemconvModelBuilder builder) {
        checkSections(root, V2_SECTIONS);
        if (!root.string("file_format").equals("definition/2")) {
            throw root.child("file_format").error("expected file_format definition/2, got '" + root.string("file_format") + "'");
        }
        for (SemconvModelNode attribute : root.list("attributes")) {
            builder.defineAttribute(attribute, attribute.string("key"));
        }
        for (SemconvModelNode node : root.list("attribute_groups")) {
            entries(node, builder.addGroup(node, node.string("id"), "attribute_group", null));
        }
        for (SemconvModelNode node : root.list("spans")) {
            entries(node, builder.addGroup(node, "span." + node.string("type"), "span", null));
        }
        for (SemconvModelNode node : root.list("span_refinements")) {
            entries(node, builder.addGroup(node, node.string("id"), "span_refinement", "span." + node.string("ref")));
        }
        for (SemconvModelNode node : root.list("metrics")) {
            String groupId = "metric." + node.string("name");
            entries(node, builder.addGroup(node, groupId, "metric", null));
            builder.defineMetric(node, node.string("name"), groupId);
        }
        for (SemconvModelNode node : root.list("metric_refinements")) {
            entries(node, builder.addGroup(node, node.string("id"), "metric_refinement", "metric." + node.string("ref")));
        }
    }

    private static void entries(SemconvModelNode node, SemconvModelBuilder.Group group) {
        for (SemconvModelNode entry : node.list("attributes")) {
            if (entry.has("ref_group")) {
                group.include(entry, entry.string("ref_group"));
            } else if (entry.has("ref")) {
                group.ref(entry, entry.string("ref"), level(entry));
            } else {
                throw entry.error("expected an attribute entry with \"ref\" or \"ref_group\"");
            }
        }
    }

    /** requirement_level as a word or as a one-key mapping ({conditionally_required: <condition>}); null if absent. */
    private static SemconvRequirementLevel level(SemconvModelNode entry) {
        SemconvModelNode node = entry.child("requirement_level");
        if (node == null) {
            return null;
        }
        String text = node.value().isObject() && node.value().members().size() == 1
                ? node.value().members().get(0).name()
                : node.text();
        SemconvRequirementLevel level = SemconvRequirementLevel.parse(text);
        if (level == null) {
            throw node.error("expected requirement_level required, conditionally_required, recommended or opt_in, got '"
                    + text + "'");
        }
        return level;
    }

    /** Sections otelint does not know would carry facts it cannot keep: refuse them rather than drop them. */
    private static void checkSections(SemconvModelNode root, Set<String> known) {
        for (var member : root.value().members()) {
            if (!known.contains(member.name())) {
                throw BadInputException.at(root.file(), member.line(), member.column(), "unsupported section '"
                        + member.name() + "' (otelint reads " + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }
}
