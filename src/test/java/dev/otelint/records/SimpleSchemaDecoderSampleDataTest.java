package dev.otelint.records;

import static dev.otelint.records.SimpleSchemaDecoderRoundTripTest.attribute;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.logs.v1.LogRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Integration sample data decodes, and every value of it reaches the OTLP record. */
class SimpleSchemaDecoderSampleDataTest {
    private static final Path NGINX_SAMPLE = Path.of("examples", "nginx", "data", "sample.json");
    private static final List<String> REFERENCE_INTEGRATIONS = List.of("nginx", "apache", "haproxy", "amazon_elb",
            "k8s", "aws_cloudtrail");

    private final SimpleSchemaDecoder decoder = new SimpleSchemaDecoder();

    @Test
    void nginxExampleDecodesWithEveryValueAccountedFor() throws Exception {
        List<Record> records = ReadResult.read(NGINX_SAMPLE).records();
        assertThat(records).hasSize(20);

        for (Record record : records) {
            ExportLogsServiceRequest request = (ExportLogsServiceRequest) decoder.decode(record);
            LogRecord log = request.getResourceLogs(0).getScopeLogs(0).getLogRecords(0);
            List<KeyValue> resource = request.getResourceLogs(0).getResource().getAttributesList();
            Map<String, JsonValue> leaves = leaves(record.document());
            int attributeLeaves = 0;
            for (Map.Entry<String, JsonValue> leaf : leaves.entrySet()) {
                String path = leaf.getKey();
                JsonValue value = leaf.getValue();
                String where = "record " + record.index() + " " + path;
                switch (path) {
                    case "@timestamp" -> assertThat(log.getTimeUnixNano()).as(where).isEqualTo(nanos(value));
                    case "observedTimestamp" -> assertThat(log.getObservedTimeUnixNano()).as(where)
                            .isEqualTo(nanos(value));
                    case "body" -> assertThat(log.getBody().getStringValue()).as(where).isEqualTo(value.text());
                    case "severity.text" -> assertThat(log.getSeverityText()).as(where).isEqualTo(value.text());
                    case "severity.number" -> assertThat(log.getSeverityNumberValue()).as(where)
                            .isEqualTo(Integer.parseInt(value.text()));
                    default -> {
                        if (path.startsWith("attributes.data_stream.")) {
                            continue; // the exporter's routing field, not an attribute
                        }
                        if (path.startsWith("resource.")) {
                            assertSame(where, value, attribute(resource, path.substring("resource.".length())));
                        } else {
                            String key = path.startsWith("attributes.") ? path.substring("attributes.".length()) : path;
                            assertSame(where, value, attribute(log.getAttributesList(), key));
                            attributeLeaves++;
                        }
                    }
                }
            }
            // and nothing but those values became attributes
            assertThat(log.getAttributesCount()).as("record " + record.index()).isEqualTo(attributeLeaves);
            assertThat(leaves).containsKeys("http.request.method", "url.path", "client.address",
                    "user_agent.original", "network.protocol.version");
        }
    }

    @Test
    void nginxExampleTopLevelObjectsBecomeTypedSemanticConventionAttributes() throws Exception {
        Record first = ReadResult.read(NGINX_SAMPLE).records().get(0);

        LogRecord log = ((ExportLogsServiceRequest) decoder.decode(first))
                .getResourceLogs(0).getScopeLogs(0).getLogRecords(0);

        assertThat(attribute(log.getAttributesList(), "http.request.method").getStringValue()).isEqualTo("GET");
        assertThat(attribute(log.getAttributesList(), "http.response.status_code").getIntValue()).isEqualTo(200);
        assertThat(attribute(log.getAttributesList(), "network.protocol.version").getStringValue())
                .isEqualTo("2.0");
        assertThat(log.getAttributesList()).extracting(KeyValue::getKey).noneMatch(k -> k.startsWith("data_stream"));
    }

    @Test
    void referenceIntegrationSampleDataDecodes() throws Exception {
        Path integrations = ReferenceConformanceTest.reference("opensearch-catalog/integrations/observability");
        List<String> refused = new ArrayList<>();
        for (String name : REFERENCE_INTEGRATIONS) {
            List<Path> files;
            try (Stream<Path> listing = Files.list(integrations.resolve(name).resolve("data"))) {
                files = listing.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            }
            int decoded = 0;
            for (Path file : files) {
                for (Record record : ReadResult.read(file).records()) {
                    try {
                        assertThat(decoder.decode(record).getSerializedSize()).as(file + " record " + record.index())
                                .isPositive();
                        decoded++;
                    } catch (UnencodableRecordException e) {
                        refused.add(integrations.relativize(file) + ":" + e.line() + ":" + e.column() + ": "
                                + e.getMessage());
                    }
                }
            }
            assertThat(decoded).as(name).isPositive();
        }
        // upstream defect: a time OpenSearch refuses too (the document fails to index), so it cannot be sent
        assertThat(refused).containsExactly("apache/data/sample.json:116:30: observedTimestamp: expected an "
                + "RFC 3339 time or epoch milliseconds (OpenSearch's strict_date_optional_time||epoch_millis) "
                + "from 1970 to 2262, got \"2023-07-25:52:08.000Z\"");
    }

    @Test
    void referenceSamplesKeepTheirQuirksAsData() throws Exception {
        Path integrations = ReferenceConformanceTest.reference("opensearch-catalog/integrations/observability");

        LogRecord elb = firstLog(integrations.resolve("amazon_elb/data/sample.json"));
        LogRecord nginx = firstLog(integrations.resolve("nginx/data/sample.json"));

        // an X-Ray trace id header value is the OTLP trace id its two hex parts make
        assertThat(GoFormat.hex(elb.getTraceId())).isEqualTo("64937d795051b6825367dff7279a6ab7");
        // snake_case ids are not the schema's traceId/spanId: they stay attributes, as text
        assertThat(attribute(nginx.getAttributesList(), "trace_id").getStringValue()).isEqualTo("102981ABCD2901");
        assertThat(nginx.getTraceId().isEmpty()).isTrue();
        // upstream stores status codes as strings; they stay strings
        assertThat(attribute(nginx.getAttributesList(), "http.response.status_code").getStringValue())
                .isEqualTo("200");
        assertThat(attribute(nginx.getAttributesList(), "event.category").getArrayValue().getValues(0)
                .getStringValue()).isEqualTo("web");
    }

    private LogRecord firstLog(Path file) throws Exception {
        Record record = ReadResult.read(file).records().get(0);
        return ((ExportLogsServiceRequest) decoder.decode(record)).getResourceLogs(0).getScopeLogs(0)
                .getLogRecords(0);
    }

    /** Every scalar, array and empty object of a document by its dotted path. */
    static Map<String, JsonValue> leaves(JsonValue document) {
        Map<String, JsonValue> leaves = new LinkedHashMap<>();
        addLeaves("", document, leaves);
        return leaves;
    }

    private static void addLeaves(String path, JsonValue value, Map<String, JsonValue> leaves) {
        if (value.isObject() && !value.members().isEmpty()) {
            for (JsonValue.Member member : value.members()) {
                addLeaves(path.isEmpty() ? member.name() : path + "." + member.name(), member.value(), leaves);
            }
        } else {
            leaves.put(path, value);
        }
    }

    private static void assertSame(String where, JsonValue expected, AnyValue actual) {
        switch (expected.kind()) {
            case STRING -> assertThat(actual.getStringValue()).as(where).isEqualTo(expected.text());
            case INTEGER -> assertThat(actual.getIntValue()).as(where).isEqualTo(Long.parseLong(expected.text()));
            case DECIMAL -> assertThat(actual.getDoubleValue()).as(where)
                    .isEqualTo(Double.parseDouble(expected.text()));
            case BOOLEAN -> assertThat(actual.getBoolValue()).as(where)
                    .isEqualTo(Boolean.parseBoolean(expected.text()));
            case ARRAY -> assertThat(actual.getArrayValue().getValuesCount()).as(where)
                    .isEqualTo(expected.elements().size());
            case OBJECT -> assertThat(actual.getKvlistValue().getValuesCount()).as(where).isZero();
            case NULL -> assertThat(actual.getValueCase()).as(where).isEqualTo(AnyValue.ValueCase.VALUE_NOT_SET);
        }
    }

    private static long nanos(JsonValue time) {
        Instant instant = Instant.parse(time.text());
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
