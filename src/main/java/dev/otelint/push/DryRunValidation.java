package dev.otelint.push;

import dev.otelint.catalog.SemconvRegistry;
import dev.otelint.integration.IntegrationDirectory;
import dev.otelint.records.Signal;
import dev.otelint.report.FindingSink;
import dev.otelint.report.Report;
import dev.otelint.validate.ValidationRequest;
import dev.otelint.validate.ValidationService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * --dry-run's validation: the inputs checked as {@code otelint validate} checks them, against the mapping of
 * the integration given (the first one, when several are), else against the semantic conventions only.
 */
final class DryRunValidation {

    private DryRunValidation() {}

    static void validate(List<Path> inputs, Signal protobufSignal, Report report) {
        if (inputs.isEmpty()) {
            return;
        }
        Path integration = inputs.stream().filter(p -> Files.isDirectory(p) && IntegrationDirectory.isIntegration(p))
                .findFirst().orElse(null);
        new ValidationService().validate(new ValidationRequest(Sources.recordInputs(inputs), null, integration,
                protobufSignal, SemconvRegistry.DEFAULT_VERSION, integration != null), report);
    }

    /** A sink passing on only push's own findings: the validation already reported the readers'. */
    static FindingSink pushFindingsOnly(FindingSink sink) {
        return finding -> {
            if (PushRules.ALL.stream().anyMatch(rule -> rule.id().equals(finding.rule()))) {
                sink.accept(finding);
            }
        };
    }
}
