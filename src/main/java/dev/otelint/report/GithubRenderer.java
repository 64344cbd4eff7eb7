package dev.otelint.report;

import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands ({@code ::error file=..,line=..,col=..,title=rule::message}), which
 * the runner turns into annotations on the changed files, then a plain summary line.
 */
final class GithubRenderer implements ReportRenderer {

    @Override
    public void render(Report report, RenderOptions options, Writer out) throws IOException {
        StringBuilder line = new StringBuilder(256);
        for (Finding f : FindingOrder.sorted(report)) {
            line.setLength(0);
            appendCommand(line, f);
            out.write(line.toString());
            out.write('\n');
        }
        out.write(Summary.line(report));
        out.write('\n');
    }

    private static void appendCommand(StringBuilder sb, Finding f) {
        sb.append("::").append(command(f.severity())).append(' ');
        if (f.file() != null) {
            sb.append("file=").append(escapeProperty(f.file())).append(',');
            // line and col only mean something together with file
            if (f.line() > 0) {
                sb.append("line=").append(f.line()).append(',');
                if (f.column() > 0) {
                    sb.append("col=").append(f.column()).append(',');
                }
            }
        }
        sb.append("title=").append(escapeProperty(f.rule()));
        sb.append("::").append(escapeData(PlainMessage.of(f)));
    }

    private static String command(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    // @actions/core toCommandValue escaping: the message of a command
    static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    // @actions/core escaping for command properties, where ':' and ',' are delimiters too
    static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }
}
