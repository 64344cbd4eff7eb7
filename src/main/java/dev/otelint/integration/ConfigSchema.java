package dev.otelint.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.otelint.records.JsonValue;
import dev.otelint.report.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The integration config schema (catalog/integration/config.schema.json), applied with networknt's
 * validator; each violation becomes an integration.config-schema finding at the offending node's
 * line and column, with its JSON pointer as path and a message in plain words.
 */
public final class ConfigSchema {
    static final String RESOURCE = "catalog/integration/config.schema.json";
    private static final ConfigSchema INSTANCE = load();

    private final JsonNode schemaTree;
    private final JsonSchema schema;

    private ConfigSchema(JsonNode schemaTree, JsonSchema schema) {
        this.schemaTree = schemaTree;
        this.schema = schema;
    }

    public static ConfigSchema get() {
        return INSTANCE;
    }

    /** The violations of {@code config}, in the order of their place in the file. */
    public List<Finding> check(IntegrationConfig config) {
        String file = config.file().toString();
        List<Finding> findings = new ArrayList<>();
        for (ValidationMessage message : schema.validate(JsonValueNodes.of(config.tree()))) {
            findings.add(finding(file, config.tree(), message));
        }
        findings.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column));
        return findings;
    }

    private Finding finding(String file, JsonValue tree, ValidationMessage message) {
        JsonNodePath at = message.getInstanceLocation();
        JsonValue node = ConfigPointer.find(tree, at);
        String pointer = ConfigPointer.text(at);
        ConfigSchemaMessage words = ConfigSchemaMessage.of(message, node, allowedMembers(message));
        Finding.Builder finding = IntegrationRules.CONFIG_SCHEMA.finding().file(file).message(words.message())
                .expected(words.expected()).actual(words.actual());
        String member = message.getProperty();
        if (member != null && "additionalProperties".equals(message.getType())) {
            JsonValue.Member unknown = ConfigPointer.member(node, member);
            return finding.path(pointer + "/" + ConfigPointer.escape(member))
                    .at(unknown == null ? node.line() : unknown.line(), unknown == null ? node.column() : unknown.column())
                    .build();
        }
        String path = member != null && "required".equals(message.getType())
                ? pointer + "/" + ConfigPointer.escape(member) : pointer;
        return finding.path(path.isEmpty() ? "/" : path).at(node.line(), node.column()).build();
    }

    /** For an unknown member: the members the schema object that rejected it declares. */
    private List<String> allowedMembers(ValidationMessage message) {
        JsonNodePath keyword = message.getSchemaLocation().getFragment();
        JsonNode owner = schemaTree;
        for (int i = 0; i < keyword.getNameCount() - 1 && owner != null; i++) {
            Object element = keyword.getElement(i);
            owner = element instanceof Integer index ? owner.get(index) : owner.get(element.toString());
        }
        List<String> names = new ArrayList<>();
        if (owner != null && owner.has("properties")) {
            owner.get("properties").fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    private static ConfigSchema load() {
        try (InputStream in = ConfigSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            JsonNode tree = new ObjectMapper().readTree(in);
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(tree, config);
            return new ConfigSchema(tree, schema);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
