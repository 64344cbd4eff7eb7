package dev.otelint.assets.rules;

import dev.otelint.catalog.MappingCatalog;
import dev.otelint.report.BadInputException;
import dev.otelint.validate.CatalogMappings;
import dev.otelint.validate.MappingLoader;
import dev.otelint.validate.mapping.TemplateFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the schema a dashboard's index pattern queries: the first schema, in the order given (an
 * integration's own schemas/ before the catalog), whose index template could create an index the
 * pattern matches ({@code ss4o_logs-*} and {@code ss4o_logs-*-*} share {@code ss4o_logs-nginx-prod}).
 * A pattern spanning several schemas ({@code ss4o_*}) resolves to the first.
 */
public final class SchemaResolver {

    private final List<Schema> schemas;
    private final Map<String, Optional<Schema>> resolved = new HashMap<>();

    private SchemaResolver(List<Schema> schemas) {
        this.schemas = List.copyOf(schemas);
    }

    /** Resolves against these schemas, the first match winning. */
    public static SchemaResolver of(List<Schema> schemas) {
        return new SchemaResolver(schemas);
    }

    /** Resolves against the catalog's index templates only. */
    public static SchemaResolver catalog() {
        return new SchemaResolver(catalogSchemas(MappingCatalog.builtin()));
    }

    /** Resolves against the integration's schemas/ first, then the catalog. */
    public static SchemaResolver forIntegration(Path integrationDir) {
        List<Schema> all = new ArrayList<>();
        all.add(integrationSchema(integrationDir));
        all.addAll(catalogSchemas(MappingCatalog.builtin()));
        return new SchemaResolver(all);
    }

    /** The schema {@code indexPattern} resolves to; empty for a null or unknown pattern. */
    public synchronized Optional<Schema> resolve(String indexPattern) {
        if (indexPattern == null) {
            return Optional.empty();
        }
        return resolved.computeIfAbsent(indexPattern, p -> schemas.stream().filter(s -> s.covers(p)).findFirst());
    }

    public List<Schema> schemas() {
        return schemas;
    }

    /** An integration's schemas/ folder; its index patterns are those of the index template found there. */
    public static Schema integrationSchema(Path integrationDir) {
        Path dir = integrationDir.resolve("schemas");
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(integrationDir + ": not an integration: no schemas/ directory");
        }
        List<MappingLoader.SchemaText> texts = templateTexts(dir);
        return Schema.of(dir.toString(), patternsOf(texts), texts);
    }

    /**
     * A schema the user names (--schema): a template file, with the component templates beside it when it
     * composes some, or a folder of templates. A schema whose templates name no index_patterns (a bare
     * mapping, an index creation body) applies to every index pattern.
     */
    public static Schema schemaAt(Path fileOrDir) {
        List<MappingLoader.SchemaText> texts;
        if (Files.isDirectory(fileOrDir)) {
            texts = templateTexts(fileOrDir);
        } else if (Files.isRegularFile(fileOrDir)) {
            texts = fileWithComponents(fileOrDir);
        } else {
            throw new BadInputException(fileOrDir + ": no such schema file or directory");
        }
        List<String> patterns = patternsOf(texts);
        return Schema.of(fileOrDir.toString(), patterns.isEmpty() ? List.of("*") : patterns, texts);
    }

    private static List<MappingLoader.SchemaText> fileWithComponents(Path file) {
        MappingLoader.SchemaText own = new MappingLoader.SchemaText(file.toString(), read(file));
        TemplateFile parsed = TemplateFile.parse(own.displayName(), own.json());
        if (!parsed.isTemplate()) {
            throw new BadInputException(file + ":1:1: not a template: expected \"template\", \"mappings\" or "
                    + "\"properties\"");
        }
        if (parsed.composedOf().isEmpty()) {
            return List.of(own);
        }
        List<MappingLoader.SchemaText> texts = new ArrayList<>(List.of(own));
        Path dir = file.toAbsolutePath().getParent();
        for (MappingLoader.SchemaText sibling : templateTexts(dir)) {
            TemplateFile template = TemplateFile.parse(sibling.displayName(), sibling.json());
            if (!template.isIndexTemplate()) {
                texts.add(sibling); // components; the index template picks the ones it composes
            }
        }
        return texts;
    }

    private static List<String> patternsOf(List<MappingLoader.SchemaText> texts) {
        List<String> patterns = new ArrayList<>();
        for (MappingLoader.SchemaText text : texts) {
            patterns.addAll(TemplateFile.parse(text.displayName(), text.json()).indexPatterns());
        }
        return patterns;
    }

    /** One schema per index template of the catalog, for resolvers that add --schema files before them. */
    public static List<Schema> catalogSchemas(MappingCatalog catalog) {
        List<Schema> result = new ArrayList<>();
        for (MappingCatalog.Entry entry : catalog.entries()) {
            if (entry.kind() == MappingCatalog.Kind.INDEX_TEMPLATE) {
                List<String> patterns = TemplateFile.parse(entry.resource(), catalog.read(entry)).indexPatterns();
                String name = "catalog " + entry.name() + " template";
                result.add(new Schema(name, patterns, () -> CatalogMappings.templateTexts(catalog, entry)));
            }
        }
        return result;
    }

    /** The template files of a schemas/ folder (other JSON, such as descriptors, is not part of the mapping). */
    private static List<MappingLoader.SchemaText> templateTexts(Path dir) {
        List<MappingLoader.SchemaText> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(SchemaResolver::isTemplateName).sorted().toList()) {
                String json = read(file);
                if (TemplateFile.parse(file.toString(), json).isTemplate()) {
                    texts.add(new MappingLoader.SchemaText(file.toString(), json));
                }
            }
        } catch (IOException e) {
            throw new BadInputException(dir + ": cannot read: " + e.getMessage(), e);
        }
        return texts;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static boolean isTemplateName(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".json") || name.endsWith(".mapping"));
    }
}
