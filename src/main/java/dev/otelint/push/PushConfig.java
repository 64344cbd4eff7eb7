package dev.otelint.push;

import dev.otelint.collector.config.ConfigLoader;
import dev.otelint.collector.config.ConfigMap;
import dev.otelint.collector.config.ConfigMerge;
import dev.otelint.collector.config.ConfigNode;
import dev.otelint.collector.config.ConfigSource;
import dev.otelint.collector.config.EnvExpansion;
import dev.otelint.collector.config.SetFlag;
import dev.otelint.records.Signal;
import dev.otelint.report.BadInputException;
import dev.otelint.report.FindingSink;
import java.nio.file.Path;
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
    private static final ConfigSource RAW = ConfigSource.of("otelint push (raw log files)");
    private static final String FILELOG = "filelog";
    private static final String BATCH = "batch";
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
                pipelines.put(signal.label(), pipeline(PushReceiverFactory.TYPE, ids, targets));
            }
            // documents a target indexes as they are still go, decoded, to the other targets (and only to them)
            List<String> others = idsFor(decoding, signal);
            if (decoding.size() < targets.size() && !others.isEmpty()) {
                pipelines.put(signal.label() + "/" + Inlet.DOCUMENTS, pipeline(documents, others, decoding));
                receivers.put(documents, Map.of());
            }
        }
        Map<String, Object> root = new LinkedHashMap<>();
        if (targets.stream().anyMatch(Target::isNetwork)) {
            root.put("processors", Map.of(BATCH, Map.of()));
        }
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

    /**
     * An integration's getting-started config for raw log files: its filelog receivers read {@code files} from the
     * beginning and checkpoint their offsets in push's storage (how push knows they were read to the end); its
     * other receivers are dropped; its processors are kept; its exporters are replaced by the targets.
     */
    ConfigMap forRawLogs(Path config, List<Path> files, List<Target> targets, List<String> sets) {
        ConfigMap root = new ConfigLoader(env, sink).load(List.of(config.toString()), List.of());
        List<String> include = files.stream().map(f -> f.toAbsolutePath().normalize().toString()).toList();
        Map<String, ConfigMap.Entry> receivers = new LinkedHashMap<>();
        for (ConfigMap.Entry e : ConfigTrees.child(root, "receivers").list()) {
            if (typeOf(e.key()).equals(FILELOG) && e.value() instanceof ConfigMap filelog) {
                ConfigMap r = ConfigTrees.with(filelog, "include", ConfigTrees.of(include, RAW));
                r = ConfigTrees.with(r, "start_at", ConfigTrees.of("beginning", RAW));
                receivers.put(e.key(), new ConfigMap.Entry(e.key(), e.keySource(),
                        ConfigTrees.with(r, "storage", ConfigTrees.of(OffsetStorageFactory.TYPE, RAW))));
            }
        }
        if (receivers.isEmpty()) {
            throw new BadInputException(config + ": has no filelog receiver to read raw log files with");
        }
        root = ConfigTrees.with(root, "receivers", new ConfigMap(receivers, root.source()));
        root = ConfigTrees.with(root, "exporters", ConfigTrees.map(exporters(targets), TO));
        root = ConfigTrees.with(root, "extensions", ConfigMerge.merge(ConfigTrees.child(root, "extensions"),
                ConfigTrees.map(Map.of(OffsetStorageFactory.TYPE, Map.of()), RAW)));
        ConfigMap service = ConfigTrees.child(root, "service");
        List<String> extensions = ConfigTrees.names(service, "extensions");
        extensions.add(OffsetStorageFactory.TYPE);
        service = ConfigTrees.with(service, "extensions", ConfigTrees.of(extensions, RAW));
        Map<String, ConfigMap.Entry> pipelines = new LinkedHashMap<>();
        for (ConfigMap.Entry e : ConfigTrees.child(service, "pipelines").list()) {
            List<String> reading = ConfigTrees.names((ConfigMap) e.value(), "receivers").stream()
                    .filter(receivers::containsKey).toList();
            Signal signal = signalOf(e.key());
            if (!reading.isEmpty() && signal != null) {
                ConfigMap pipeline = ConfigTrees.with((ConfigMap) e.value(), "receivers", ConfigTrees.of(reading, RAW));
                pipelines.put(e.key(), new ConfigMap.Entry(e.key(), e.keySource(),
                        ConfigTrees.with(pipeline, "exporters", ConfigTrees.of(idsFor(targets, signal), TO))));
            }
        }
        service = ConfigTrees.with(service, "pipelines", new ConfigMap(pipelines, service.source()));
        return applySets(ConfigTrees.with(root, "service", service), sets);
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
        String type = typeOf(pipelineId);
        for (Signal s : Signal.values()) {
            if (s.label().equals(type)) {
                return s;
            }
        }
        return null;
    }

    /** "filelog" of "filelog/raw". */
    private static String typeOf(String id) {
        int slash = id.indexOf('/');
        return slash < 0 ? id : id.substring(0, slash);
    }

    /**
     * A pipeline from {@code receiver} to the exporters {@code ids}. When one of them sends over the network, the
     * records go through a batch processor first (the collector's defaults: 8192 items or 200ms), as collector
     * configs recommend: a file's small requests would otherwise each be one round trip (one bulk request of ~100
     * documents for OpenSearch), which costs both sides more than the data.
     */
    private static Map<String, Object> pipeline(String receiver, List<String> ids, List<Target> targets) {
        Map<String, Object> pipeline = new LinkedHashMap<>();
        pipeline.put("receivers", List.of(receiver));
        boolean network = targets.stream().anyMatch(t -> ids.contains(t.id().toString()) && t.isNetwork());
        if (network) {
            pipeline.put("processors", List.of(BATCH));
        }
        pipeline.put("exporters", ids);
        return pipeline;
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
            if (t.isNetwork() && !config.containsKey("sending_queue")) {
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
