package dev.otelint.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JUnit XML as Jenkins, GitLab and GitHub test reporters read it: a testsuite per file, a testcase per
 * finding group. Errors and warnings are failures (type="error"/"warning"): those reporters know only
 * passed, failed, error and skipped, and a passed warning would vanish from their summaries. Infos pass
 * with their text in system-out. A clean file (or a clean run) is one passing testcase, so it shows green.
 */
final class JunitRenderer implements ReportRenderer {

    private static final String RUN_SUITE = "otelint";
    private static final String CLEAN_TEST = "no findings";

    private final FindingText text = new FindingText(SeverityStyle.PLAIN);

    private record Suite(String name, List<FindingGroup> groups) {
        int tests() {
            return Math.max(1, groups.size());
        }

        int failures() {
            int n = 0;
            for (FindingGroup g : groups) {
                n += isFailure(g) ? 1 : 0;
            }
            return n;
        }
    }

    @Override
    public void render(Report report, RenderOptions options, Writer out) throws IOException {
        List<Suite> suites = suites(report);
        int tests = 0;
        int failures = 0;
        for (Suite s : suites) {
            tests += s.tests();
            failures += s.failures();
        }
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"" + RUN_SUITE + "\" tests=\"" + tests + "\" failures=\"" + failures
                + "\" errors=\"0\">\n");
        for (Suite s : suites) {
            writeSuite(out, s);
        }
        out.write("</testsuites>\n");
    }

    /** A suite per file with findings or checked clean, sorted by name; findings without a file last. */
    private static List<Suite> suites(Report report) {
        Map<String, List<FindingGroup>> byFile = new TreeMap<>();
        List<FindingGroup> withoutFile = List.of();
        for (FileFindings file : FileFindings.of(FindingOrder.sorted(report))) {
            if (file.file() == null) {
                withoutFile = file.groups();
            } else {
                byFile.put(file.file(), file.groups());
            }
        }
        for (String checked : report.checkedFiles()) {
            byFile.putIfAbsent(checked, List.of());
        }
        List<Suite> suites = new ArrayList<>();
        byFile.forEach((file, groups) -> suites.add(new Suite(file, groups)));
        if (!withoutFile.isEmpty() || suites.isEmpty()) {
            suites.add(new Suite(RUN_SUITE, withoutFile));
        }
        return suites;
    }

    private void writeSuite(Writer out, Suite suite) throws IOException {
        String name = Xml.attribute(suite.name());
        out.write("  <testsuite name=\"" + name + "\" tests=\"" + suite.tests() + "\" failures=\""
                + suite.failures() + "\" errors=\"0\" skipped=\"0\">\n");
        if (suite.groups().isEmpty()) {
            out.write("    <testcase classname=\"" + name + "\" name=\"" + CLEAN_TEST + "\"/>\n");
        }
        Map<String, Integer> namesSeen = new HashMap<>();
        for (FindingGroup group : suite.groups()) {
            out.write("    <testcase classname=\"" + name + "\" name=\""
                    + Xml.attribute(uniqueName(group.first(), namesSeen)) + "\">\n");
            writeOutcome(out, group);
            out.write("    </testcase>\n");
        }
        out.write("  </testsuite>\n");
    }

    private void writeOutcome(Writer out, FindingGroup group) throws IOException {
        String body = Xml.text(String.join("\n", text.lines(group)));
        Finding f = group.first();
        if (isFailure(group)) {
            out.write("      <failure type=\"" + f.severity().label() + "\" message=\""
                    + Xml.attribute(PlainMessage.summary(f))
                    + "\">" + body + "</failure>\n");
        } else {
            out.write("      <system-out>" + body + "</system-out>\n");
        }
    }

    /** "rule path"; a repeat within the suite gets " (2)", " (3)", as reporters key testcases by classname and name. */
    private static String uniqueName(Finding f, Map<String, Integer> namesSeen) {
        String name = f.path() == null ? f.rule() : f.rule() + " " + f.path();
        int seen = namesSeen.merge(name, 1, Integer::sum);
        return seen == 1 ? name : name + " (" + seen + ")";
    }

    private static boolean isFailure(FindingGroup group) {
        return group.first().severity() != Severity.INFO;
    }
}
