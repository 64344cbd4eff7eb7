package dev.otelint.catalog;

import dev.otelint.records.JsonValue;
import dev.otelint.report.BadInputException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
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
 * Reads one YAML file of a semantic-conventions model into a positioned tree. Uses SnakeYAML's composer
 * (it comes with jackson-dataformat-yaml) because Jackson's YAML parser does not resolve aliases of
 * scalars, which the model uses (e.g. faas/spans.yaml).
 */
final class SemconvYaml {

    private final Map<Node, JsonValue> converted = new IdentityHashMap<>();

    private SemconvYaml() {}

    /** The document of the file, or null when the file holds no document. */
    static JsonValue read(Path path, String displayName) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            Node root = new Yaml(new LoaderOptions()).compose(reader);
            return root == null ? null : new SemconvYaml().convert(root);
        } catch (MarkedYAMLException e) {
            Mark at = e.getProblemMark();
            throw BadInputException.at(displayName, at == null ? 0 : at.getLine() + 1, at == null ? 0 : at.getColumn() + 1,
                    "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new BadInputException(displayName + ": not valid YAML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BadInputException(displayName + ": cannot read: " + e.getMessage(), e);
        }
    }

    // An alias is the very node it names, so each node is converted once and shared.
    private JsonValue convert(Node node) {
        JsonValue done = converted.get(node);
        if (done == null) {
            done = convertNew(node);
            converted.put(node, done);
        }
        return done;
    }

    private JsonValue convertNew(Node node) {
        int line = node.getStartMark().getLine() + 1;
        int column = node.getStartMark().getColumn() + 1;
        if (node instanceof MappingNode mapping) {
            List<JsonValue.Member> members = new ArrayList<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node key = tuple.getKeyNode();
                String name = key instanceof ScalarNode scalar ? scalar.getValue() : String.valueOf(key.getTag());
                members.add(new JsonValue.Member(name, convert(tuple.getValueNode()),
                        key.getStartMark().getLine() + 1, key.getStartMark().getColumn() + 1));
            }
            return JsonValue.object(members, line, column);
        }
        if (node instanceof SequenceNode sequence) {
            List<JsonValue> elements = new ArrayList<>();
            for (Node element : sequence.getValue()) {
                elements.add(convert(element));
            }
            return JsonValue.array(elements, line, column);
        }
        return scalar((ScalarNode) node, line, column);
    }

    // Plain scalars are typed by SnakeYAML's resolver: 3 is an int, 3.0 a float, '3' a string.
    private static JsonValue scalar(ScalarNode node, int line, int column) {
        String text = node.getValue();
        Tag tag = node.getTag();
        if (Tag.INT.equals(tag)) {
            return JsonValue.number(text, true, line, column);
        }
        if (Tag.FLOAT.equals(tag)) {
            return JsonValue.number(text, false, line, column);
        }
        if (Tag.BOOL.equals(tag)) {
            return JsonValue.bool(List.of("true", "yes", "on").contains(text.toLowerCase(Locale.ROOT)), line, column);
        }
        if (Tag.NULL.equals(tag)) {
            return JsonValue.nullValue(line, column);
        }
        return JsonValue.string(text, line, column);
    }
}
