package dev.otelint.push;

import dev.otelint.collector.config.ConfigLoader;
import dev.otelint.collector.config.ConfigMap;
import dev.otelint.collector.config.ConfigMerge;
import dev.otelint.collector.config.ConfigNode;
import dev.otelint.collector.config.ConfigSource;
import dev.otelint.collector.config.EnvExpansion;
import dev.otelint.collector.config.SetFlag;
import dev.otelint.records.Signal;
import dev.otelint.report.FindingSink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The collector config push runs, as a config tree (so that it is read and checked as a YAML file would be):
 * push's own receiver in place of every receiver, each --to target as an exporter in every pipeline of a
 * signal it takes; with --config, the user's pipelines (processors, exporters) as written.
 */
final class PushConfig {
    private static final ConfigSource TO = ConfigSource.of("--to");
    /** Network targets wait for room in their queue rather than drop data when the backend is slow. */
    private static final Map<String, Object> BLOCKING_QUEUE = Map.of("block_on_overflow", true);

    private final Function<String, String> env;
    private final FindingSink sink;

    PushConfig(Function<String, String> env, FindingSink sink) {
        this.env = env;
        this.sink = sink;
    }

    /** The config for {@code targets} alone: one pipeline per signal that some target takes. */
    ConfigMap forTargets(List<Target> targets, List<String> sets) {
        Map<String, Object> pipelines = new LinkedHashMap<>();
        Map<String, Object> receivers = new LinkedHashMap<>(Map.of(PushReceiverFactory.TYPE, Map.of()));
        String documents = PushReceiverFactory.TYPE + "/" + Inlet.DOCUMENTS;
        List<Target> decoding = targets.stream().filter(t -> !DocumentTargets.indexesDocuments(t)).toList();
        for (Signal signal : Signal.values()) {
            List<String> ids = idsFor(targets, signal);
            if (!ids.isEmpty()) {
                pipelines.put(signal.label(), Map.of("receivers", List.of(PushReceiverFactory.TYPE), "exporters", ids));
            }
            // documents a target indexes as they are still go, decoded, to the other targets (and only to them)
            List<String> others = idsFor(decoding, signal);
            if (decoding.size() < targets.size() && !others.isEmpty()) {
                pipelines.put(signal.label() + "/" + Inlet.DOCUMENTS, Map.of("receivers", List.of(documents),
                        "exporters", others));
                receivers.put(documents, Map.of());
            }
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("receivers", receivers);
        root.put("exporters", exporters(targets));
        root.put("service", Map.of("pipelines", pipelines));
        return applySets(ConfigTrees.map(root, TO), sets);
    }

    /** The user's config with push's receiver in every pipeline, and the targets added to every pipeline. */
    ConfigMap forConfigs(List<String> configs, List<String> sets, List<Target> targets) {
        ConfigMap root = new ConfigLoader(env, sink).load(configs, List.of());
        root = ConfigTrees.with(root, "receivers", ConfigTrees.map(Map.of(PushReceiverFactory.TYPE, Map.of()), TO));
        if (!targets.isEmpty()) {
            ConfigMap exporters = ConfigTrees.child(root, "exporters");
            root = ConfigTrees.with(root, "exporters", ConfigMerge.merge(exporters,
                    ConfigTrees.map(exporters(targets), TO)));
        }
        ConfigMap service = ConfigTrees.child(root, "service");
        ConfigMap pipelines = ConfigTrees.child(service, "pipelines");
        for (ConfigMap.Entry e : pipelines.list()) {
            if (e.value() instanceof ConfigMap pipeline) {
                pipelines = ConfigTrees.with(pipelines, e.key(), withPushReceiver(pipeline, signalOf(e.key()), targets));
            }
        }
        root = ConfigTrees.with(root, "service", ConfigTrees.with(service, "pipelines", pipelines));
        return applySets(root, sets);
    }

    private static ConfigMap withPushReceiver(ConfigMap pipeline, Signal signal, List<Target> targets) {
        ConfigMap result = ConfigTrees.with(pipeline, "receivers",
                ConfigTrees.of(List.of(PushReceiverFactory.TYPE), TO));
        if (signal != null && !targets.isEmpty()) {
            List<String> exporters = ConfigTrees.names(pipeline, "exporters");
            exporters.addAll(idsFor(targets, signal));
            result = ConfigTrees.with(result, "exporters", ConfigTrees.of(exporters, TO));
        }
        return result;
    }

    /** The signal of a pipeline id such as "logs/raw"; null for one the config reader will report. */
    private static Signal signalOf(String pipelineId) {
        int slash = pipelineId.indexOf('/');
        String type = slash < 0 ? pipelineId : pipelineId.substring(0, slash);
        for (Signal s : Signal.values()) {
            if (s.label().equals(type)) {
                return s;
            }
        }
        return null;
    }

    private static List<String> idsFor(List<Target> targets, Signal signal) {
        List<String> ids = new ArrayList<>();
        targets.stream().filter(t -> t.signals().contains(signal)).forEach(t -> ids.add(t.id().toString()));
        return ids;
    }

    private static Map<String, Object> exporters(List<Target> targets) {
        Map<String, Object> exporters = new LinkedHashMap<>();
        for (Target t : targets) {
            Map<String, Object> config = new LinkedHashMap<>(t.config());
            if (t.address().isPresent() && !config.containsKey("sending_queue")) {
                config.put("sending_queue", BLOCKING_QUEUE);
            }
            exporters.put(t.id().toString(), config);
        }
        return exporters;
    }

    /** --set after everything else, as the collector applies it after its configs. */
    private ConfigMap applySets(ConfigMap root, List<String> sets) {
        ConfigMap result = root;
        for (String set : sets) {
            ConfigNode expanded = new EnvExpansion(env, sink).expand(SetFlag.parse(set), "");
            result = ConfigMerge.merge(result, (ConfigMap) expanded);
        }
        return result;
    }

}
