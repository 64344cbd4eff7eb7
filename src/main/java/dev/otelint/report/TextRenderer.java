package dev.otelint.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** The default, human format: findings per file with a header, identical findings grouped, a summary line. */
final class TextRenderer implements ReportRenderer {

    @Override
    public void render(Report report, RenderOptions options, Writer out) throws IOException {
        FindingText text = new FindingText(SeverityStyle.of(options));
        for (FileFindings file : FileFindings.of(FindingOrder.sorted(report))) {
            out.write(header(file));
            out.write('\n');
            for (FindingGroup group : file.groups()) {
                for (String line : text.lines(group)) {
                    out.write(line);
                    out.write('\n');
                }
            }
            out.write('\n');
        }
        out.write(Summary.line(report));
        out.write('\n');
    }

    /** "data/sample.ndjson (990 errors, 1 warning)". */
    private static String header(FileFindings file) {
        List<String> counts = new ArrayList<>(3);
        for (Severity s : Severity.values()) {
            int n = file.count(s);
            if (n > 0) {
                counts.add(Summary.plural(n, s.label()));
            }
        }
        String name = file.file() == null ? "(no file)" : Printable.clean(file.file());
        return name + " (" + String.join(", ", counts) + ")";
    }
}
