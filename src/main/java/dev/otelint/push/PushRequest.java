package dev.otelint.push;

import dev.otelint.records.Signal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What {@code otelint push} was asked to do.
 *
 * @param inputs         integration directories, record files or directories (may be empty with {@code gen})
 * @param protobufSignal the signal of OTLP protobuf inputs, or null
 * @param gen            the signal to generate, or null
 * @param genCount       units to generate when {@code genDuration} is zero
 * @param rate           records per second, 0 for as fast as the backend takes them
 * @param times          passes over the inputs (replay)
 * @param targets        the --to flags
 * @param configs        the --config flags
 * @param sets           the --set flags
 * @param shiftTimestamps move every record's times so that the newest is now, keeping their spacing
 * @param installTemplates put the integration's (or the catalog's) templates into the OpenSearch targets first
 * @param integration    the integration whose schemas/ and getting-started/ apply (--integration), or null
 */
public record PushRequest(List<Path> inputs, Signal protobufSignal, Signal gen, long genCount, Duration genDuration,
                          double rate, int times, boolean dryRun, List<String> targets, List<String> configs,
                          List<String> sets, boolean shiftTimestamps, boolean installTemplates, Path integration) {

    public PushRequest {
        if (times < 1) {
            throw new IllegalArgumentException("--times must be at least 1");
        }
        if (rate < 0 || Double.isNaN(rate) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("--rate must be 0 (no limit) or a positive number");
        }
        if (shiftTimestamps && gen != null) {
            throw new IllegalArgumentException("--shift-timestamps applies to records read from files; generated "
                    + "records (--gen) are made at the current time already");
        }
        inputs = List.copyOf(inputs);
        targets = List.copyOf(targets);
        configs = List.copyOf(configs);
        sets = List.copyOf(sets);
    }
}
