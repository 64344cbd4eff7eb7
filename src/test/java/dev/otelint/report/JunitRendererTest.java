package dev.otelint.report;

import static dev.otelint.report.SampleReports.PLAIN;
import static dev.otelint.report.SampleReports.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitRendererTest {

    @Test
    void writesASuitePerFileAndACasePerFindingGroup() {
        assertThat(render(ReportFormat.JUNIT, SampleReports.small(), PLAIN)).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites name="otelint" tests="4" failures="2" errors="0">
                  <testsuite name="data/clean.json" tests="1" failures="0" errors="0" skipped="0">
                    <testcase classname="data/clean.json" name="no findings"/>
                  </testsuite>
                  <testsuite name="data/sample.ndjson" tests="2" failures="2" errors="0" skipped="0">
                    <testcase classname="data/sample.ndjson" name="semconv.deprecated attributes.http.url">
                      <failure type="warning" message="attributes.http.url: deprecated since semantic conventions 1.21">\
                data/sample.ndjson:3:15: warning [semconv.deprecated] attributes.http.url: deprecated since semantic conventions 1.21 (fix: rename to url.full)</failure>
                    </testcase>
                    <testcase classname="data/sample.ndjson" name="mapping.type-mismatch http.response.status_code">
                      <failure type="error" message="http.response.status_code: cannot be indexed into an integer field">\
                data/sample.ndjson:12:40: error [mapping.type-mismatch] http.response.status_code: cannot be indexed into an integer field
                    expected: integer
                    actual:   "2xx"</failure>
                    </testcase>
                  </testsuite>
                  <testsuite name="traces/spans.binpb" tests="1" failures="0" errors="0" skipped="0">
                    <testcase classname="traces/spans.binpb" name="semconv.enum-value attributes.http.request.method">
                      <system-out>traces/spans.binpb: record 7: info [semconv.enum-value] attributes.http.request.method: not a well-known HTTP method
                    actual:   "FETCH"</system-out>
                    </testcase>
                  </testsuite>
                </testsuites>
                """);
    }

    @Test
    void identicalFindingsAreOneTestcase() throws Exception {
        Document doc = parse(render(ReportFormat.JUNIT, SampleReports.repeated(990), PLAIN));

        assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(1);
        assertThat(doc.getElementsByTagName("failure").item(0).getTextContent())
                .endsWith("in 990 records: 1:40, 2:40, 3:40, 4:40, 5:40 and 985 more records");
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("1");
    }

    @Test
    void cleanRunIsOnePassingTestcase() throws Exception {
        Report report = new Report();
        report.countFile();

        Document doc = parse(render(ReportFormat.JUNIT, report, PLAIN));

        Element root = doc.getDocumentElement();
        assertThat(root.getAttribute("tests")).isEqualTo("1");
        assertThat(root.getAttribute("failures")).isEqualTo("0");
        Element testcase = (Element) doc.getElementsByTagName("testcase").item(0);
        assertThat(testcase.getAttribute("classname")).isEqualTo("otelint");
        assertThat(testcase.getChildNodes().getLength()).isZero();
    }

    @Test
    void escapesMarkupQuotesAndNewlinesSoParsersGetTheTextBack() throws Exception {
        String xml = render(ReportFormat.JUNIT, SampleReports.hostile(), PLAIN);

        assertThat(xml).contains("classname=\"dir, with: odd%chars/a&amp;b &lt;c&gt;.json\"")
                .contains("name=\"mapping.type-mismatch labels.&quot;quoted&quot;\"");
        Element failure = (Element) parse(xml).getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message"))
                .isEqualTo("labels.\"quoted\": 50% <bad> & \"worse\"\r\nsecond line");
        assertThat(failure.getTextContent()).startsWith(
                "dir, with: odd%chars/a&b <c>.json:2:3: error [mapping.type-mismatch] labels.\"quoted\": "
                + "50% <bad> & \"worse\"\\r\\nsecond line\n");
    }

    @Test
    void replacesCharactersXmlCannotCarry() throws Exception {
        Report report = new Report();
        report.accept(SampleReports.DEPRECATED.finding().file("a.json").message("bell\u0007 lone\ud800").build());

        Element failure = (Element) parse(render(ReportFormat.JUNIT, report, PLAIN))
                .getElementsByTagName("failure").item(0);

        assertThat(failure.getAttribute("message")).isEqualTo("bell\ufffd lone\ufffd");
    }

    @Test
    void infosPassAndCountsAgreeWithTheCases() throws Exception {
        Document doc = parse(render(ReportFormat.JUNIT, SampleReports.small(), PLAIN));

        NodeList suites = doc.getElementsByTagName("testsuite");
        int tests = 0;
        int failures = 0;
        for (int i = 0; i < suites.getLength(); i++) {
            Element suite = (Element) suites.item(i);
            int cases = suite.getElementsByTagName("testcase").getLength();
            int failed = suite.getElementsByTagName("failure").getLength();
            assertThat(suite.getAttribute("tests")).isEqualTo(Integer.toString(cases));
            assertThat(suite.getAttribute("failures")).isEqualTo(Integer.toString(failed));
            tests += cases;
            failures += failed;
        }
        assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo(Integer.toString(tests));
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo(Integer.toString(failures));
        assertThat(doc.getElementsByTagName("system-out").getLength()).isEqualTo(1);
    }

    @Test
    void repeatedTestcaseNamesAreNumbered() throws Exception {
        Report report = new Report();
        report.accept(SampleReports.DEPRECATED.finding().file("a.json").at(1, 1).path("http.url").message("one").build());
        report.accept(SampleReports.DEPRECATED.finding().file("a.json").at(2, 1).path("http.url").message("two").build());

        NodeList cases = parse(render(ReportFormat.JUNIT, report, PLAIN)).getElementsByTagName("testcase");

        assertThat(((Element) cases.item(0)).getAttribute("name")).isEqualTo("semconv.deprecated http.url");
        assertThat(((Element) cases.item(1)).getAttribute("name")).isEqualTo("semconv.deprecated http.url (2)");
    }

    @Test
    void findingsWithoutAFileGoToTheOtelintSuiteAfterTheFiles() throws Exception {
        Report report = new Report();
        report.accept(SampleReports.DEPRECATED.finding().message("run-level").build());
        report.accept(SampleReports.DEPRECATED.finding().file("z.json").message("file-level").build());

        NodeList suites = parse(render(ReportFormat.JUNIT, report, PLAIN)).getElementsByTagName("testsuite");

        assertThat(((Element) suites.item(0)).getAttribute("name")).isEqualTo("z.json");
        assertThat(((Element) suites.item(1)).getAttribute("name")).isEqualTo("otelint");
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
