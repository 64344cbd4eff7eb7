package dev.otelint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/rules.md must describe every registered rule, at the severity the code gives it. */
class RulesDocumentedTest {

    private static Map<String, String> sections;

    @BeforeAll
    static void readDoc() throws IOException {
        sections = sectionsByHeading(Files.readAllLines(Path.of("docs/rules.md"), StandardCharsets.UTF_8));
    }

    @Test
    void everyRegisteredRuleHasAHeading() {
        List<String> ids = RuleRegistry.all().stream().map(Rule::id).toList();

        assertThat(sections.keySet()).as("## <rule-id> headings in docs/rules.md").containsAll(ids);
    }

    @Test
    void everyRegisteredRuleIsDocumentedWithItsDefaultSeverity() {
        for (Rule rule : RuleRegistry.all()) {
            assertThat(sections.getOrDefault(rule.id(), ""))
                    .as("docs/rules.md section of %s", rule.id())
                    .contains("Default severity: `" + rule.severity().label() + "`");
        }
    }

    @Test
    void everyDocumentedRuleHasABadAndAGoodExample() {
        sections.forEach((id, text) -> assertThat(text).as("docs/rules.md section of %s", id)
                .containsPattern("(?m)^Bad\\b")
                .containsPattern("(?m)^Good\\b"));
    }

    private static Map<String, String> sectionsByHeading(List<String> lines) {
        Map<String, String> sections = new LinkedHashMap<>();
        String heading = null;
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("## ")) {
                if (heading != null) {
                    sections.put(heading, text.toString());
                }
                heading = line.substring(3).trim();
                text.setLength(0);
            } else {
                text.append(line).append('\n');
            }
        }
        if (heading != null) {
            sections.put(heading, text.toString());
        }
        return sections;
    }
}
