package dev.otelint.push;

import dev.otelint.cli.Main;
import dev.otelint.records.ReadOptions;
import dev.otelint.records.Record;
import dev.otelint.records.RecordReader;
import dev.otelint.records.RecordReaders;
import dev.otelint.report.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code otelint push ...} through Main.execute, its exit code and output; and reading records back. */
record PushRun(int code, String out, String err) {

    static PushRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = "push";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new PushRun(code, out.toString(), err.toString());
    }

    /** The Simple Schema documents of an OTLP file, as otelint's own reader reads them (one per item). */
    static List<Record> records(Path file) throws IOException {
        List<Record> records = new ArrayList<>();
        Report report = new Report();
        try (RecordReader reader = RecordReaders.open(file, ReadOptions.defaults(), report)) {
            for (Record r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
            }
        }
        if (report.total() > 0) {
            throw new AssertionError("unreadable output " + file + ": " + report.findings());
        }
        return records;
    }
}
