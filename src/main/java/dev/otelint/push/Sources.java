package dev.otelint.push;

import dev.otelint.integration.IntegrationDirectory;
import dev.otelint.records.RecordReaders;
import dev.otelint.records.TimestampShift;
import dev.otelint.report.BadInputException;
import dev.otelint.report.FindingSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The record sources of a push request: an integration's data/, record files and directories, generated load. */
final class Sources {
    /** Requests of generated load hold at most this many units, and about a tenth of a second's worth. */
    private static final int MAX_GEN_BATCH = 100;

    private Sources() {}

    /** @param shift how to move the times of records read from files, or null to keep them */
    static List<RecordSource> of(PushRequest request, DocumentDecoder decoder, FindingSink sink, TimestampShift shift) {
        List<RecordSource> sources = new ArrayList<>();
        if (!request.inputs().isEmpty()) {
            List<Path> files = RecordReaders.expand(recordInputs(request.inputs()), sink);
            sources.add(new FileSource(files, request.protobufSignal(), decoder, sink, shift));
        }
        if (request.gen() != null) {
            int batch = request.rate() > 0 ? (int) Math.max(1, Math.min(MAX_GEN_BATCH, request.rate() / 10))
                    : MAX_GEN_BATCH;
            sources.add(new GenSource(request.gen(), request.genCount(), request.genDuration(), batch));
        }
        if (sources.isEmpty()) {
            throw new BadInputException("nothing to push: give an integration directory, record files, or --gen");
        }
        return sources;
    }

    /** An integration directory stands for its data/ folder. */
    static List<Path> recordInputs(List<Path> inputs) {
        List<Path> paths = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input) && IntegrationDirectory.isIntegration(input)) {
                Path data = input.resolve("data");
                if (!Files.isDirectory(data)) {
                    throw new BadInputException(input + ": the integration has no data/ folder of sample records");
                }
                paths.add(data);
            } else {
                paths.add(input);
            }
        }
        return paths;
    }
}
