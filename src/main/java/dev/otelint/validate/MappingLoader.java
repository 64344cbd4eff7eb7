package dev.otelint.validate;

import dev.otelint.report.BadInputException;
import dev.otelint.validate.mapping.IndexMapping;
import dev.otelint.validate.mapping.IndexMappingBuilder;
import dev.otelint.validate.mapping.TemplateFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads the mapping an index would get from an integration's templates. A file is one template; a
 * directory (such as an integration's schemas/) holds one index template (the file with
 * index_patterns or composed_of) and the component templates its composed_of names, stored as
 * {@code <name>-<version>.mapping.json} (the highest version wins) or {@code <name>.json}.
 */
public final class MappingLoader {

    /** A template given as text, e.g. from the catalog; {@code displayName} ends like a file name. */
    public record SchemaText(String displayName, String json) {}

    private static final Pattern VERSIONED = Pattern.compile("(.+)-(\\d+(?:\\.\\d+)*)\\.(?:mapping\\.json|mapping|json)");
    private static final Pattern PLAIN = Pattern.compile("(.+?)(?:\\.mapping\\.json|\\.mapping|\\.json)");

    private MappingLoader() {}

    /** Loads a template file, or a directory of templates. */
    public static IndexMapping fromSchema(Path fileOrDir) {
        if (Files.isDirectory(fileOrDir)) {
            return fromTemplates(readDirectory(fileOrDir), fileOrDir.toString());
        }
        if (!Files.isRegularFile(fileOrDir)) {
            throw new BadInputException(fileOrDir + ": no such schema file or directory");
        }
        TemplateFile template = read(fileOrDir);
        if (!template.isTemplate()) {
            throw new BadInputException(fileOrDir + ":1:1: not a template: expected \"template\", \"mappings\" or "
                    + "\"properties\"");
        }
        if (template.composedOf().isEmpty()) {
            return IndexMappingBuilder.build(List.of(template));
        }
        // an index template's component templates are looked up beside it; other files are not read
        List<TemplateFile> siblings = new ArrayList<>(List.of(template));
        for (Path sibling : templateFiles(fileOrDir.toAbsolutePath().getParent())) {
            String name = sibling.getFileName().toString();
            if (!sibling.equals(fileOrDir.toAbsolutePath()) && template.composedOf().contains(componentName(name))) {
                siblings.add(read(fileOrDir.resolveSibling(name))); // named as the user wrote the path
            }
        }
        return build(template, siblings);
    }

    /** Loads the templates in an integration's schemas/ directory. */
    public static IndexMapping fromIntegration(Path integrationDir) {
        Path schemas = integrationDir.resolve("schemas");
        if (!Files.isDirectory(schemas)) {
            throw new BadInputException(integrationDir + ": not an integration: no schemas/ directory");
        }
        return fromSchema(schemas);
    }

    /** Loads templates given as texts, resolved like the files of a directory (every text must be a template). */
    public static IndexMapping fromTexts(List<SchemaText> texts) {
        List<TemplateFile> templates = new ArrayList<>();
        for (SchemaText text : texts) {
            templates.add(TemplateFile.parse(text.displayName(), text.json()));
        }
        return fromTemplates(templates, "the given templates");
    }

    private static IndexMapping fromTemplates(List<TemplateFile> templates, String where) {
        if (templates.isEmpty()) {
            throw new BadInputException(where + ": no template files (*.json, *.mapping.json, *.mapping)");
        }
        return build(indexTemplate(templates, where), templates);
    }

    /** The index template merged after its components, found among {@code templates}. */
    private static IndexMapping build(TemplateFile index, List<TemplateFile> templates) {
        List<TemplateFile> ordered = new ArrayList<>();
        for (String component : index.composedOf()) {
            ordered.add(component(component, templates, index));
        }
        ordered.add(index);
        return IndexMappingBuilder.build(ordered);
    }

    private static TemplateFile indexTemplate(List<TemplateFile> templates, String where) {
        if (templates.size() == 1) {
            return templates.get(0);
        }
        List<TemplateFile> candidates = templates.stream().filter(TemplateFile::isIndexTemplate).toList();
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        List<TemplateFile> composed = candidates.stream().filter(TemplateFile::hasComposedOf).toList();
        if (composed.size() == 1) {
            return composed.get(0);
        }
        List<TemplateFile> listed = candidates.isEmpty() ? templates : candidates;
        throw new BadInputException(where + ": cannot tell which file is the index template (the one with "
                + "index_patterns or composed_of); candidates: " + String.join(", ", names(listed)));
    }

    /** The file of component template {@code name}: the highest {@code name-version} or a plain {@code name}. */
    private static TemplateFile component(String name, List<TemplateFile> templates, TemplateFile index) {
        TemplateFile best = null;
        List<Integer> bestVersion = null;
        for (TemplateFile candidate : templates) {
            if (candidate == index) {
                continue;
            }
            String fileName = fileName(candidate.name());
            Matcher versioned = VERSIONED.matcher(fileName);
            if (versioned.matches() && versioned.group(1).equals(name)) {
                List<Integer> version = version(versioned.group(2));
                if (bestVersion == null || compare(version, bestVersion) > 0) {
                    best = candidate;
                    bestVersion = version;
                }
                continue;
            }
            Matcher plain = PLAIN.matcher(fileName);
            if (best == null && plain.matches() && plain.group(1).equals(name)) {
                best = candidate;
            }
        }
        if (best == null) {
            throw index.composedOfSource().error("component template [" + name + "] named in composed_of has no file ("
                    + name + "-<version>.mapping.json or " + name + ".json) next to " + fileName(index.name()));
        }
        return best;
    }

    /** The templates of a directory, as {@link #fromSchema} reads them (other JSON files are left out). */
    public static List<TemplateFile> templatesIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir + ": no such schema directory");
        }
        return readDirectory(dir);
    }

    /** The component template name a file stands for: {@code name-1.0.0.mapping.json} and {@code name.json} give name. */
    public static String componentName(String fileName) {
        Matcher versioned = VERSIONED.matcher(fileName);
        if (versioned.matches()) {
            return versioned.group(1);
        }
        Matcher plain = PLAIN.matcher(fileName);
        return plain.matches() ? plain.group(1) : fileName;
    }

    private static List<Path> templateFiles(Path dir) {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(Files::isRegularFile)
                    .filter(p -> isTemplateName(p.getFileName().toString()))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new BadInputException(dir + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static List<TemplateFile> readDirectory(Path dir) {
        List<Path> files = templateFiles(dir);
        List<TemplateFile> templates = new ArrayList<>();
        for (Path file : files) {
            TemplateFile template = read(file);
            if (template.isTemplate()) {
                templates.add(template); // other JSON (descriptors, samples) is not part of the mapping
            }
        }
        return templates;
    }

    private static boolean isTemplateName(String fileName) {
        return fileName.endsWith(".json") || fileName.endsWith(".mapping");
    }

    private static TemplateFile read(Path file) {
        try {
            return TemplateFile.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static String fileName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    private static List<String> names(List<TemplateFile> templates) {
        return templates.stream().map(t -> fileName(t.name())).toList();
    }

    private static List<Integer> version(String text) {
        List<Integer> parts = new ArrayList<>();
        for (String part : text.split("\\.")) {
            parts.add(Integer.parseInt(part));
        }
        return parts;
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            int x = i < a.size() ? a.get(i) : 0;
            int y = i < b.size() ? b.get(i) : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }
}
