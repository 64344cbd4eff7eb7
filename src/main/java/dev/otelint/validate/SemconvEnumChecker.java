package dev.otelint.validate;

import dev.otelint.catalog.SemconvAttribute;
import dev.otelint.catalog.SemconvEnumMember;
import dev.otelint.records.JsonValue;
import dev.otelint.report.Severity;
import java.util.ArrayList;
import java.util.List;

/** Checks the value of an enum attribute against its members. */
final class SemconvEnumChecker {

    private SemconvEnumChecker() {}

    /** True when {@code text} is the value of a member that is not deprecated: nothing to report. */
    static boolean isLiveMember(SemconvAttribute attribute, String text) {
        for (SemconvEnumMember member : attribute.type().members()) {
            if (member.value().equals(text) && !member.isDeprecated()) {
                return true;
            }
        }
        return false;
    }

    /** Reports a value that is no member, or only a deprecated one; the value has the enum's type. */
    static void check(SemconvAttribute attribute, String id, JsonValue value, SemconvAttributeRoot root,
                      SemconvFindings out) {
        SemconvEnumMember deprecatedMatch = null;
        for (SemconvEnumMember member : attribute.type().members()) {
            if (member.value().equals(value.text())) {
                if (!member.isDeprecated()) {
                    return;
                }
                deprecatedMatch = member;
            }
        }
        if (deprecatedMatch != null) {
            reportDeprecatedMember(attribute, deprecatedMatch, id, value, root, out);
            return;
        }
        boolean open = attribute.type().openEnum();
        out.report(SemconvRules.ENUM_VALUE.finding()
                .severity(open ? Severity.INFO : Severity.WARNING)
                .message(SemconvFindings.actual(value) + " is not a member of the " + id + " enum in " + out.semconv()
                        + (open ? " (custom values are allowed)" : " (custom values are not allowed)"))
                .expected("one of " + String.join(", ", liveMemberValues(attribute)))
                .actual(SemconvFindings.actual(value))
                .fix(open ? "use a member if one applies; a custom value is fine otherwise" : "use one of the members"),
                value, root.pathOf(id));
    }

    private static void reportDeprecatedMember(SemconvAttribute attribute, SemconvEnumMember member, String id, JsonValue value,
                                        SemconvAttributeRoot root, SemconvFindings out) {
        String renamedTo = member.deprecation().renamedTo();
        String replacement = renamedTo == null ? null : memberValue(attribute, renamedTo);
        out.report(SemconvRules.DEPRECATED.finding()
                .message("value " + SemconvFindings.actual(value) + " of " + id + " is deprecated in " + out.semconv()
                        + " (" + member.deprecation().reason().modelName() + ")")
                .expected(replacement)
                .actual(SemconvFindings.actual(value))
                .fix(replacement != null ? "use the value " + replacement : out.deprecationFix(member.deprecation())),
                value, root.pathOf(id));
    }

    /** renamed_to of a member names another member's id; its value is what a document carries. */
    private static String memberValue(SemconvAttribute attribute, String memberId) {
        for (SemconvEnumMember member : attribute.type().members()) {
            if (member.id().equals(memberId)) {
                return member.value();
            }
        }
        return memberId;
    }

    private static List<String> liveMemberValues(SemconvAttribute attribute) {
        List<String> values = new ArrayList<>();
        for (SemconvEnumMember member : attribute.type().members()) {
            if (!member.isDeprecated()) {
                values.add(member.value());
            }
        }
        return values;
    }
}
