package dev.otelint.validate;

import dev.otelint.report.Finding;
import dev.otelint.report.Severity;
import java.util.ArrayList;
import java.util.List;

/** Test helper: a validator built from one mapping text, run on JSON documents. */
final class Checks {

    private final MappingValidator validator;

    private Checks(MappingValidator validator) {
        this.validator = validator;
    }

    /** A validator for an index body or template given as JSON ({"mappings":..}, {"template":..}, ...). */
    static Checks of(String templateJson) {
        return new Checks(new MappingValidator(MappingLoader.fromTexts(
                List.of(new MappingLoader.SchemaText("index.json", templateJson)))));
    }

    /** A validator for {"mappings":{"properties": <properties>}}. */
    static Checks properties(String propertiesJson) {
        return of("{\"mappings\":{\"properties\":" + propertiesJson + "}}");
    }

    List<Finding> findings(String documentJson) {
        List<Finding> findings = new ArrayList<>();
        validator.validate(TestJson.record(documentJson), findings::add);
        return findings;
    }

    List<Finding> errors(String documentJson) {
        return findings(documentJson).stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    List<String> errorRules(String documentJson) {
        return errors(documentJson).stream().map(Finding::rule).toList();
    }

    List<String> rules(String documentJson) {
        return findings(documentJson).stream().map(Finding::rule).toList();
    }

    boolean accepts(String documentJson) {
        return errors(documentJson).isEmpty();
    }
}
