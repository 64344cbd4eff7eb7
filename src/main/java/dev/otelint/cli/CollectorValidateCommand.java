package dev.otelint.cli;

import dev.otelint.collector.ComponentRegistry;
import dev.otelint.collector.service.CollectorConfigs;
import dev.otelint.report.Report;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Checks a collector config as `otelcol validate` does, with the collector's messages and the file",
            "and line of each problem. Types otelcol-contrib has but otelint cannot run are warnings."},
        footer = {"", "Examples:",
            "  otelint collector validate --config otel-collector.yaml",
            "  otelint collector validate --config base.yaml --config prod.yaml --set exporters.debug.verbosity=detailed",
            "  otelint collector validate --config otel-collector.yaml --format sarif --output collector.sarif"})
public final class CollectorValidateCommand implements Callable<Integer> {

    @Mixin
    CollectorConfigOptions configOptions;

    @Mixin
    ReportOptions reportOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Report report = reportOptions.newReport();
        CollectorConfigs.read(configOptions.configs, configOptions.sets, System::getenv, ComponentRegistry.builtIn(),
                report, false);
        return reportOptions.finish(report, spec.commandLine().getOut());
    }
}
