package dev.otelint.cli;

import dev.otelint.catalog.SemconvAttribute;
import dev.otelint.catalog.SemconvDeprecation;
import dev.otelint.catalog.SemconvEnumMember;
import dev.otelint.catalog.SemconvReference;
import dev.otelint.catalog.SemconvRegistry;
import dev.otelint.catalog.SemconvSuggestions;
import dev.otelint.catalog.SemconvType;
import dev.otelint.report.BadInputException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "attribute",
        mixinStandardHelpOptions = true,
        description = "Shows a semantic-conventions attribute: type, stability, enum members, deprecation and "
                + "the groups that reference it with their requirement levels.",
        footer = {"", "Examples:",
            "  otelint catalog attribute http.request.method",
            "  otelint catalog attribute http.url --semconv path/to/model"})
public final class CatalogAttributeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "Attribute id, or a key of a template attribute.")
    String id;

    @Mixin
    CatalogSemconvOption semconv;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        SemconvRegistry registry = semconv.registry();
        PrintWriter out = spec.commandLine().getOut();
        SemconvAttribute attribute = registry.attribute(id);
        if (attribute == null) {
            attribute = registry.templateFor(id);
            if (attribute == null) {
                throw unknown(registry);
            }
            out.printf("%s is a key of the template attribute %s%n", id, attribute.id());
        }
        print(registry, attribute, out);
        out.flush();
        return ExitCodes.CLEAN;
    }

    private BadInputException unknown(SemconvRegistry registry) {
        List<String> ids = new ArrayList<>();
        registry.attributes().forEach(a -> ids.add(a.id()));
        List<String> close = SemconvSuggestions.closest(id, ids, 3);
        return new BadInputException("unknown attribute '" + id + "' in semconv " + registry.version()
                + (close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?"));
    }

    private static void print(SemconvRegistry registry, SemconvAttribute attribute, PrintWriter out) {
        SemconvType type = attribute.type();
        out.printf("%s (semconv %s)%n", attribute.id(), registry.version());
        out.printf("  type:          %s%n", describe(attribute));
        out.printf("  stability:     %s%n", attribute.stability() == null ? "(not given)" : attribute.stability());
        out.printf("  deprecated:    %s%n", attribute.isDeprecated() ? describe(attribute.deprecation()) : "no");
        if (type.isEnum()) {
            out.println("  members:");
            for (SemconvEnumMember member : type.members()) {
                out.printf("    %-24s id %-24s %s%s%n", member.value(), member.id(),
                        member.stability() == null ? "" : member.stability(),
                        member.isDeprecated() ? ", deprecated: " + describe(member.deprecation()) : "");
            }
        }
        List<SemconvReference> references = registry.referencesTo(attribute.id());
        out.println(references.isEmpty() ? "  referenced by: no group" : "  referenced by:");
        for (SemconvReference reference : references) {
            out.printf("    %-24s %-16s %s%n", reference.level().modelName(), reference.groupType(), reference.groupId());
        }
    }

    private static String describe(SemconvAttribute attribute) {
        SemconvType type = attribute.type();
        if (type.template()) {
            return type.modelName() + " (keys " + attribute.id() + ".<key>, each a " + type.valueTypeName() + ")";
        }
        if (type.isEnum()) {
            return type.modelName() + " enum, " + (type.openEnum() ? "open (custom values allowed)" : "closed");
        }
        return type.modelName();
    }

    private static String describe(SemconvDeprecation deprecation) {
        if (deprecation.reason() == SemconvDeprecation.Reason.RENAMED) {
            return "renamed to " + deprecation.renamedTo();
        }
        return deprecation.reason().modelName()
                + (deprecation.replacedBy().isEmpty() ? "" : ", replaced by " + String.join(" / ", deprecation.replacedBy()));
    }
}
