package dev.otelint.collector.config;

import dev.otelint.report.BadInputException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.Constructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML into {@link ConfigNode}s that remember the line and column of every key and value. Syntax
 * errors and duplicate keys (which go-yaml v3, the collector's parser, rejects) are a
 * {@link BadInputException} naming the file and line.
 */
public final class YamlConfigReader {

    private final String file;

    private YamlConfigReader(String file) {
        this.file = file;
    }

    public static ConfigNode readFile(Path path) {
        String name = path.toString();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return new YamlConfigReader(name).read(reader);
        } catch (NoSuchFileException e) {
            throw new BadInputException(name + ": cannot read: no such file");
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads YAML text; {@code name} stands for its file in messages. An empty document is null. */
    public static ConfigNode readString(String name, String yaml) {
        return new YamlConfigReader(name).read(new StringReader(yaml));
    }

    private ConfigNode read(Reader reader) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(100);
        Node root;
        try {
            root = new Yaml(new Constructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                    options, new PlainScalarResolver()).compose(reader);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw BadInputException.at(file, mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1,
                    "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new BadInputException(file + ": not valid YAML: " + e.getMessage());
        }
        return root == null ? null : convert(root);
    }

    private ConfigNode convert(Node node) {
        ConfigSource source = sourceOf(node);
        if (node instanceof MappingNode mapping) {
            return new ConfigMap(entries(mapping), source);
        }
        if (node instanceof SequenceNode sequence) {
            List<ConfigNode> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                items.add(convert(item));
            }
            return new ConfigList(items, source);
        }
        ScalarNode scalar = (ScalarNode) node;
        return new ConfigScalar(scalarValue(scalar), scalar.getValue(), source);
    }

    private Map<String, ConfigMap.Entry> entries(MappingNode mapping) {
        Map<String, ConfigMap.Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (Tag.MERGE.equals(keyNode.getTag())) {
                mergeKey(tuple.getValueNode(), entries);
                continue;
            }
            if (!(keyNode instanceof ScalarNode key)) {
                throw BadInputException.at(file, sourceOf(keyNode).line(), sourceOf(keyNode).column(),
                        "a map key must be a scalar, not a " + (keyNode instanceof MappingNode ? "map" : "list"));
            }
            ConfigMap.Entry previous = entries.get(key.getValue());
            if (previous != null && !previous.keySource().file().equals("<<")) {
                ConfigSource at = sourceOf(key);
                // go-yaml v3's wording
                throw BadInputException.at(file, at.line(), at.column(), "mapping key \"" + key.getValue()
                        + "\" already defined at line " + previous.keySource().line());
            }
            entries.put(key.getValue(), new ConfigMap.Entry(key.getValue(), sourceOf(key), convert(tuple.getValueNode())));
        }
        return entries;
    }

    /** "<<: *anchor" copies the anchored map's keys; keys written in this map win (YAML merge key). */
    private void mergeKey(Node value, Map<String, ConfigMap.Entry> entries) {
        List<Node> sources = value instanceof SequenceNode seq ? seq.getValue() : List.of(value);
        for (Node source : sources) {
            if (!(source instanceof MappingNode mapping)) {
                ConfigSource at = sourceOf(source);
                throw BadInputException.at(file, at.line(), at.column(), "map merge requires map or sequence of maps as the value");
            }
            for (ConfigMap.Entry e : entries(mapping).values()) {
                entries.putIfAbsent(e.key(), e);
            }
        }
    }

    private static Object scalarValue(ScalarNode scalar) {
        String text = scalar.getValue();
        return PlainScalarResolver.PLAIN.equals(scalar.getTag()) ? YamlScalars.resolvePlain(text) : text;
    }

    private ConfigSource sourceOf(Node node) {
        Mark mark = node.getStartMark();
        return mark == null ? ConfigSource.of(file) : new ConfigSource(file, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
