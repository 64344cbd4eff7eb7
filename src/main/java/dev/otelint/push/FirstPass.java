package dev.otelint.push;

import dev.otelint.records.Signal;
import dev.otelint.records.TimestampShift;
import dev.otelint.report.BadInputException;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What push learns before sending, in one streaming pass over the input files when something needs it
 * (--shift-timestamps: the newest time; --install-templates without an integration: the signals): the shift,
 * the signals and the number of records, which makes the progress total (and ETA) known. Without such a pass
 * the total is {@link ProgressTotal}'s cheap estimate, when there is one.
 */
record FirstPass(TimestampShift shift, Set<Signal> signals) {

    static FirstPass run(PushRequest request, DocumentDecoder decoder, ProgressSettings progress)
            throws InterruptedException {
        boolean signalsNeeded = request.installTemplates() && request.integration() == null && request.gen() == null;
        if (!request.shiftTimestamps() && !signalsNeeded) {
            ProgressTotal.estimate(request).ifPresent(progress::total);
            return new FirstPass(null, Set.of());
        }
        List<RecordSource> files = Sources.of(request, decoder, finding -> { }, null);
        Scan scan = Scan.of(files);
        progress.total(scan.records() * request.times());
        if (!request.shiftTimestamps()) {
            return new FirstPass(null, scan.signals());
        }
        Instant newest = scan.newest().orElseThrow(() -> new BadInputException(
                "--shift-timestamps: the inputs have no record with a time to shift"));
        return new FirstPass(TimestampShift.between(newest, Instant.now()), scan.signals());
    }
}
