package dev.otelint.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** --config and --set, as the collector takes them; shared by collector validate and run. */
public final class CollectorConfigOptions {

    @Option(names = "--config", required = true, paramLabel = "FILE|URI",
            description = "A config file, or file:PATH, env:VAR or yaml:KEY::PATH: VALUE; repeat to merge in order.")
    List<String> configs = new ArrayList<>();

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Set one setting after the configs are merged; KEY is a path with '.' or '::' "
                    + "(processors.batch.timeout=2s).")
    List<String> sets = new ArrayList<>();
}
