package dev.otelint.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.otelint.records.ReadOptions;
import dev.otelint.records.Record;
import dev.otelint.records.RecordReader;
import dev.otelint.records.RecordReaders;
import dev.otelint.report.Finding;
import dev.otelint.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The screen passes only documents the full checks find nothing in, so that skipping their tree
 * changes no report: checked on every single-value and single-key change of real log records.
 */
class CleanDocumentScreenTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEMCONV = "1.44.0";

    private static final String NGINX = "{\"@timestamp\":\"2023-11-14T22:13:20Z\",\"observedTimestamp\":\"2023-11-14T22:13:20Z\","
            + "\"traceId\":\"1e7564b7ccfe267be6c229534d52294c\",\"spanId\":\"a9191cc0553d06cf\","
            + "\"severity\":{\"text\":\"INFO\",\"number\":9},\"body\":\"140.13.174.12 - - \\\"GET / HTTP/1.1\\\" 200\","
            + "\"attributes\":{\"data_stream\":{\"dataset\":\"nginx.access\",\"namespace\":\"production\",\"type\":\"logs\"}},"
            + "\"instrumentationScope\":{\"name\":\"filelog\",\"version\":\"0.1.0\"},"
            + "\"event\":{\"category\":[\"web\"],\"type\":[\"access\"],\"kind\":\"event\",\"result\":\"success\","
            + "\"domain\":\"nginx.access\",\"name\":\"access\"},"
            + "\"communication\":{\"source\":{\"address\":\"127.0.0.1\",\"ip\":\"140.13.174.12\"}},"
            + "\"http\":{\"request\":{\"method\":\"DELETE\"},\"response\":{\"status_code\":200,\"bytes\":46918},"
            + "\"user_agent\":{\"original\":\"curl/8.4.0\"}},"
            + "\"url\":{\"path\":\"/index.html\",\"scheme\":\"https\",\"domain\":\"shop.example.com\"}}";

    /** Attributes the semantic conventions know, in the places the validator looks for them. */
    private static final String OTEL = "{\"@timestamp\":\"2024-01-02T03:04:05.678Z\",\"severity\":{\"text\":\"WARN\"},"
            + "\"body\":\"slow\",\"attributes\":{\"http\":{\"request\":{\"method\":\"GET\"},\"response\":{\"status_code\":503}},"
            + "\"server\":{\"port\":8080},\"data_stream\":{\"type\":\"logs\"},\"custom\":{\"flag\":true}},"
            + "\"resource\":{\"service\":{\"name\":\"shop\"},\"host\":{\"arch\":\"amd64\"}},"
            + "\"instrumentationScope\":{\"name\":\"shop\",\"attributes\":{\"telemetry\":{\"sdk\":{\"language\":\"java\"}}}},"
            + "\"http\":{\"request\":{\"method\":\"POST\"}}}";

    private static final List<String> VALUES = List.of("\"x\"", "\"\"", "\"GET\"", "\"2023-11-14T22:13:20Z\"",
            "\"not a date\"", "\"127.0.0.1\"", "\"12\"", "0", "-1", "1.5", "1e400", "9223372036854775808", "true",
            "false", "null", "[]", "[\"a\",\"b\"]", "[1,2]", "[null]", "[[1]]", "[{\"a\":1}]", "{}", "{\"a\":1}",
            "{\"a\":{\"b\":\"c\"}}", "\"" + "y".repeat(1100) + "\"", "\"amd64\"", "\"java\"", "8080");

    private static final List<String> KEYS = List.of("zzz", "a.b", "", "_id", "_source", "kind", "status", "name",
            "resourceLogs", "http", "url", "server", "method", "events", "links", "@timestamp");

    @TempDir
    Path dir;

    @Test
    void passesTheUnchangedRecords() throws IOException {
        // the first record tells the signal, so the mapping, the next ones are screened against
        Verdicts nginx = verdicts(List.of(NGINX, NGINX, NGINX), true);
        assertThat(nginx.findings).isEmpty();
        assertThat(nginx.clean).containsExactly(2L, 3L);
        // the catalog's logs template maps none of these attributes: the semantic conventions alone
        Verdicts otel = verdicts(List.of(OTEL, OTEL), false);
        assertThat(otel.findings).isEmpty();
        assertThat(otel.clean).containsExactly(1L, 2L);
    }

    @Test
    void findsARepeatedKeyAlsoWhereTooManyNamesWereMetToKeepThemAll() throws IOException {
        int names = MemberPaths.MAX_MEMBERS + 5;
        StringBuilder fields = new StringBuilder();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < names; i++) {
            fields.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":{\"type\":\"keyword\"}");
            lines.add("{\"custom\":{\"k" + i + "\":\"v\"}}");
        }
        Path schema = Files.writeString(dir.resolve("custom.json"), "{\"index_patterns\":[\"x-*\"],\"template\":"
                + "{\"mappings\":{\"properties\":{\"custom\":{\"properties\":{" + fields + "}}}}}}");
        int kept = 3;
        int notKept = names - 1; // met after the object's paths were all taken
        lines.add("{\"custom\":{\"k" + kept + "\":\"a\",\"k" + kept + "\":\"b\"}}");
        lines.add("{\"custom\":{\"k" + notKept + "\":\"a\",\"k" + notKept + "\":\"b\"}}");
        lines.add("{\"custom\":{\"k" + notKept + "\":\"a\",\"k" + kept + "\":\"b\",\"k" + notKept + "\":\"c\"}}");
        lines.add("{\"custom\":{\"k" + kept + "\":\"a\",\"k" + notKept + "\":\"b\",\"k" + kept + "\":\"c\"}}");

        Verdicts verdicts = verdicts(lines, new ValidationRequest(List.of(dir.resolve("records.ndjson")), schema, null,
                null, null, true));

        long repeated = names + 1L;
        assertThat(verdicts.clean).hasSize(names).doesNotContain(repeated, repeated + 1, repeated + 2, repeated + 3);
        assertThat(verdicts.findings).containsOnlyKeys(repeated, repeated + 1, repeated + 2, repeated + 3);
        assertThat(verdicts.findings.values()).allSatisfy(found -> assertThat(found)
                .extracting(f -> f.rule()).containsOnly("mapping.duplicate-key"));
    }

    @Test
    void stringsTakenUnreadAreBoundByTheirDocumentsLength() throws IOException {
        Path schema = Files.writeString(dir.resolve("strings.json"), "{\"index_patterns\":[\"x-*\"],\"template\":"
                + "{\"mappings\":{\"properties\":{\"k\":{\"type\":\"keyword\"},\"t\":{\"type\":\"text\"},"
                + "\"i\":{\"type\":\"keyword\",\"ignore_above\":10}}}}}");
        List<String> lines = List.of(
                "{\"k\":\"short\",\"t\":\"short\",\"i\":\"short\"}",
                // 11,000 chars of 3 UTF-8 bytes: one term longer than Lucene takes
                "{\"k\":\"" + "\u20ac".repeat(11_000) + "\"}",
                "{\"k\":\"" + "y".repeat(11_000) + "\"}",
                "{\"t\":\"" + "\u20ac".repeat(11_000) + "\"}",
                "{\"i\":\"" + "y".repeat(11) + "\"}",
                "{\"k\":\"" + "\\u20ac".repeat(2_000) + "\",\"t\":\"x\"}");

        Verdicts verdicts = verdicts(lines, new ValidationRequest(List.of(dir.resolve("records.ndjson")), schema, null,
                null, null, true));

        assertThat(verdicts.findings).containsOnlyKeys(2L, 5L);
        assertThat(verdicts.findings.get(2L)).extracting(f -> f.message()).singleElement().asString()
                .contains("33000 UTF-8 bytes");
        // a text field takes any string unread; a keyword one only in a document it cannot be longer than, which
        // escapes can make long (line 6: 2,000 chars in 12,000 bytes), and one with ignore_above has it counted
        assertThat(verdicts.clean).containsExactly(1L, 4L);
    }

    @Test
    void neverPassesARecordThatGetsAFindingAfterAnyOneChange() throws IOException {
        checkVariants(NGINX, true);
    }

    @Test
    void neverPassesARecordThatBreaksASemanticConventionAfterAnyOneChange() throws IOException {
        checkVariants(OTEL, false);
    }

    private void checkVariants(String document, boolean checkMapping) throws IOException {
        List<String> lines = new ArrayList<>(new LinkedHashSet<>(variants(JSON.readTree(document))));
        Verdicts verdicts = verdicts(lines, checkMapping);

        for (long line : verdicts.clean) {
            assertThat(verdicts.findings.getOrDefault(line, List.of()))
                    .as("findings of a record the screen passed: %s", lines.get((int) line - 1))
                    .isEmpty();
        }
        // not vacuous: both kinds of document occur in numbers
        assertThat(verdicts.clean.size()).isGreaterThan(lines.size() / 5);
        assertThat(verdicts.findings.size()).isGreaterThan(lines.size() / 5);
    }

    @Test
    void reportsExactlyWhatTheFullChecksReportInOneFile() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String variant : variants(JSON.readTree(NGINX))) {
            lines.add(NGINX);
            lines.add(variant);
        }
        lines.add("");
        lines.add("{\"broken\": ");
        lines.add("  " + NGINX + "  ");
        lines.add(NGINX + " {}");
        lines.add("[1]");
        lines.add(NGINX + "\r"); // CRLF line ends
        lines.add(NGINX + "\r");
        lines.add("{\n" + NGINX.substring(1)); // one document on two lines, between clean ones
        lines.add(NGINX);
        lines.add(NGINX + "\t ");
        Path file = Files.writeString(dir.resolve("mixed.ndjson"), String.join("\n", lines));

        Report screened = new Report();
        new ValidationService(true).validate(request(file, true), screened);
        Report full = new Report();
        new ValidationService(false).validate(request(file, true), full);

        assertThat(screened.records()).isEqualTo(full.records());
        assertThat(screened.findings()).isNotEmpty().containsExactlyElementsOf(full.findings());
    }

    /** Which lines the screen passes, and the full checks' findings by line. */
    private record Verdicts(List<Long> clean, Map<Long, List<Finding>> findings) {}

    private Verdicts verdicts(List<String> lines, boolean checkMapping) throws IOException {
        return verdicts(lines, request(dir.resolve("records.ndjson"), checkMapping));
    }

    private Verdicts verdicts(List<String> lines, ValidationRequest request) throws IOException {
        Path file = Files.writeString(request.inputs().get(0), String.join("\n", lines) + "\n");
        boolean checkMapping = request.checkMapping();
        Report report = new Report();
        new ValidationService(false).validate(request, report);
        Map<Long, List<Finding>> findings = report.findings().stream()
                .collect(Collectors.groupingBy(Finding::record));

        MappingSelector mappings = checkMapping ? MappingSelector.of(request) : null;
        SemconvValidator semconv = request.semconv() == null ? null
                : new SemconvValidator(dev.otelint.catalog.SemconvRegistry.resolve(request.semconv()));
        ReadOptions options = new ReadOptions(null, new CleanDocumentScreen(mappings, semconv));
        List<Long> clean = new ArrayList<>();
        try (RecordReader reader = RecordReaders.open(file, options, f -> { })) {
            for (Record record = reader.next(); record != null; record = reader.next()) {
                if (record.document() == null) {
                    clean.add(record.index());
                }
            }
        }
        return new Verdicts(clean, findings);
    }

    private static ValidationRequest request(Path file, boolean checkMapping) {
        return new ValidationRequest(List.of(file), null, null, null, SEMCONV, checkMapping);
    }

    /** The document with one value replaced, one key renamed or added, or one member dropped, everywhere. */
    private static List<String> variants(JsonNode document) throws IOException {
        List<String> out = new ArrayList<>();
        collect(document, document, out);
        return out;
    }

    private static void collect(JsonNode root, JsonNode node, List<String> out) throws IOException {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String key : KEYS) {
                if (!object.has(key)) {
                    object.set(key, JSON.readTree("\"added\""));
                    out.add(root.toString());
                    object.remove(key);
                }
            }
            out.add(root.toString().replaceFirst("\\{", "{\"dup\":1,\"dup\":2,"));
            for (String name : names) {
                JsonNode value = object.get(name);
                object.remove(name);
                out.add(root.toString());
                object.set("dotted." + name, value);
                out.add(root.toString());
                object.remove("dotted." + name);
                for (String replacement : VALUES) {
                    object.set(name, JSON.readTree(replacement));
                    out.add(root.toString());
                }
                object.set(name, value);
                collect(root, value, out);
            }
            restoreOrder(object, names);
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode element = array.get(i);
                for (String replacement : VALUES) {
                    array.set(i, JSON.readTree(replacement));
                    out.add(root.toString());
                }
                array.set(i, element);
            }
        }
    }

    private static void restoreOrder(ObjectNode object, List<String> names) {
        List<JsonNode> values = names.stream().map(object::get).toList();
        object.removeAll();
        Iterator<JsonNode> it = values.iterator();
        for (String name : names) {
            object.set(name, it.next());
        }
    }
}
