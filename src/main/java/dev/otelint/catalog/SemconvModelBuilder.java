package dev.otelint.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects what the model files define and reference, then resolves group inheritance
 * ({@code extends}, {@code ref_group}, refinements) into the requirement levels of each group.
 */
final class SemconvModelBuilder {

    /** One attribute entry of a group: a ref to an attribute, or an include of another group's refs. */
    private record Entry(SemconvModelNode node, String attributeId, SemconvRequirementLevel level, String groupId) {}

    /** A group as written; {@code base} is the group it extends or refines, or null. */
    static final class Group {
        private final SemconvModelNode node;
        private final String id;
        private final String type;
        private final String base;
        private final List<Entry> entries = new ArrayList<>();

        private Group(SemconvModelNode node, String id, String type, String base) {
            this.node = node;
            this.id = id;
            this.type = type;
            this.base = base;
        }

        /** A ref; a null level means "as inherited", else the model's default, recommended. */
        void ref(SemconvModelNode entry, String attributeId, SemconvRequirementLevel level) {
            entries.add(new Entry(entry, attributeId, level, null));
        }

        void include(SemconvModelNode entry, String groupId) {
            entries.add(new Entry(entry, null, null, groupId));
        }
    }

    private record MetricDefinition(SemconvModelNode node, String name, String groupId) {}

    private final Map<String, SemconvAttribute> attributes = new HashMap<>();
    private final Map<String, SemconvModelNode> definedAt = new HashMap<>();
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final List<MetricDefinition> metrics = new ArrayList<>();
    private final Map<String, Map<String, SemconvRequirementLevel>> resolved = new HashMap<>();

    void defineAttribute(SemconvModelNode node, String id) {
        SemconvModelNode earlier = definedAt.putIfAbsent(id, node);
        if (earlier != null) {
            throw node.error("attribute " + id + " is already defined at " + where(earlier));
        }
        attributes.put(id, SemconvModelDefinitions.attribute(node, id));
    }

    Group addGroup(SemconvModelNode node, String id, String type, String base) {
        Group group = new Group(node, id, type, base);
        Group earlier = groups.putIfAbsent(id, group);
        if (earlier != null) {
            throw node.error("group " + id + " is already defined at " + where(earlier.node));
        }
        return group;
    }

    void defineMetric(SemconvModelNode node, String name, String groupId) {
        metrics.add(new MetricDefinition(node, name, groupId));
    }

    SemconvRegistry build(String version, String schemaUrl) {
        List<SemconvMetric> metricList = new ArrayList<>();
        Set<String> metricGroups = new HashSet<>();
        for (MetricDefinition m : metrics) {
            metricList.add(SemconvModelDefinitions.metric(m.node(), m.name(), refsOf(groups.get(m.groupId()))));
            metricGroups.add(m.groupId());
        }
        List<SemconvGroup> groupList = new ArrayList<>();
        for (Group group : groups.values()) {
            Map<String, SemconvRequirementLevel> refs = refsOf(group);
            if (!metricGroups.contains(group.id) && !refs.isEmpty()) {
                groupList.add(new SemconvGroup(group.id, group.type, refs));
            }
        }
        return new SemconvRegistry(version, schemaUrl, attributes.values(), metricList, groupList);
    }

    /**
     * The group's refs: those of its base and included groups, then its own refs. An own ref with a level
     * overrides an inherited one; without a level it keeps the inherited level, else the model's default.
     */
    private Map<String, SemconvRequirementLevel> refsOf(Group group) {
        return resolve(group, new HashSet<>());
    }

    private Map<String, SemconvRequirementLevel> resolve(Group group, Set<String> visiting) {
        Map<String, SemconvRequirementLevel> done = resolved.get(group.id);
        if (done != null) {
            return done;
        }
        if (!visiting.add(group.id)) {
            throw group.node.error("group " + group.id + " extends or includes itself");
        }
        Map<String, SemconvRequirementLevel> refs = new LinkedHashMap<>();
        if (group.base != null) {
            refs.putAll(resolve(groupNamed(group.base, group.node), visiting));
        }
        for (Entry entry : group.entries) {
            if (entry.groupId() != null) {
                refs.putAll(resolve(groupNamed(entry.groupId(), entry.node()), visiting));
            }
        }
        for (Entry entry : group.entries) {
            if (entry.groupId() == null) {
                addOwnRef(refs, entry);
            }
        }
        visiting.remove(group.id);
        resolved.put(group.id, refs);
        return refs;
    }

    private void addOwnRef(Map<String, SemconvRequirementLevel> refs, Entry entry) {
        if (!attributes.containsKey(entry.attributeId())) {
            throw entry.node().error("ref " + entry.attributeId() + " names no attribute defined in the model");
        }
        if (entry.level() != null) {
            refs.put(entry.attributeId(), entry.level());
        } else {
            refs.putIfAbsent(entry.attributeId(), SemconvRequirementLevel.RECOMMENDED);
        }
    }

    private Group groupNamed(String id, SemconvModelNode referrer) {
        Group group = groups.get(id);
        if (group == null) {
            throw referrer.error("group " + id + " is not defined in the model");
        }
        return group;
    }

    private static String where(SemconvModelNode node) {
        return node.file() + ":" + node.value().line();
    }
}
