package dev.otelint.push;

import dev.otelint.integration.IntegrationDirectory;
import dev.otelint.records.RecordReaders;
import dev.otelint.report.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Raw log files (any file that is not a record format: access.log, app.txt) and the getting-started collector
 * config of the integration that reads them: --integration, else the integration folder the first file is in.
 */
final class RawLogs {
    static final Path GETTING_STARTED_CONFIG = Path.of("getting-started", "collector.yaml");

    private RawLogs() {}

    /** The raw log files of {@code inputs}; throws when they are mixed with record inputs (one run, one route). */
    static List<Path> of(List<Path> inputs) {
        List<Path> raw = inputs.stream().filter(RawLogs::isRawLog).toList();
        if (!raw.isEmpty() && raw.size() < inputs.size()) {
            throw new BadInputException(raw.get(0) + ": raw log files go through an integration's collector config; "
                    + "push them in a run of their own, without record files or integration folders");
        }
        return raw;
    }

    private static boolean isRawLog(Path input) {
        return Files.isRegularFile(input) && !RecordReaders.isRecordFile(input);
    }

    /** The getting-started/collector.yaml that reads {@code files}. */
    static Path config(List<Path> files, Path integration) {
        Path dir = integration != null ? integration : enclosingIntegration(files.get(0));
        Path config = dir.resolve(GETTING_STARTED_CONFIG);
        if (!Files.isRegularFile(config)) {
            throw new BadInputException(dir + ": the integration has no " + GETTING_STARTED_CONFIG
                    + " to read raw log files with");
        }
        return config;
    }

    private static Path enclosingIntegration(Path file) {
        for (Path dir = file.toAbsolutePath().normalize().getParent(); dir != null; dir = dir.getParent()) {
            if (IntegrationDirectory.isIntegration(dir)) {
                return dir;
            }
        }
        throw new BadInputException(file + ": a raw log file goes through an integration's " + GETTING_STARTED_CONFIG
                + ", and no folder above it is an integration: give one with --integration DIR");
    }
}
