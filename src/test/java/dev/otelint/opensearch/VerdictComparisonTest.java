package dev.otelint.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VerdictComparisonTest {

    private static final List<String> RECORDS = List.of("{\"n\":1}", "{\"n\":\"x\"}");
    private static final Verdict ACCEPTED = Verdict.accepted(1);
    private static final Verdict REJECTED = new Verdict(2, false, "mapper_parsing_exception: failed to parse field [n]");

    @Test
    void agreesWhenErrorsMatchRejectionsExactly() throws Exception {
        var comparison = new VerdictComparison(RECORDS, List.of(ACCEPTED, REJECTED),
                Map.of(2L, List.of(finding("mapping.type", "n", "not a long"))));

        assertThat(comparison.disagreements()).isEmpty();
    }

    @Test
    void showsTheRecordAndOpenSearchsReasonForAMissedRejection() {
        var comparison = new VerdictComparison(RECORDS, List.of(ACCEPTED, REJECTED), Map.of());

        assertThat(comparison.disagreements()).containsExactly("record 2: {\"n\":\"x\"}\n"
                + "  OpenSearch: rejected: mapper_parsing_exception: failed to parse field [n]\n"
                + "  otelint:    no error");
    }

    @Test
    void showsOtelintsFindingsForAFalseAlarm() throws Exception {
        var comparison = new VerdictComparison(RECORDS, List.of(ACCEPTED, REJECTED),
                Map.of(1L, List.of(finding("mapping.range", "n", "too big")),
                        2L, List.of(finding("mapping.type", "n", "not a long"))));

        assertThat(comparison.disagreements()).containsExactly("record 1: {\"n\":1}\n"
                + "  OpenSearch: accepted\n"
                + "  otelint:    mapping.range at n: too big");
    }

    @Test
    void reportsErrorsThatNameNoRecordOrAMissingOne() throws Exception {
        var comparison = new VerdictComparison(RECORDS, List.of(ACCEPTED, REJECTED),
                Map.of(0L, List.of(finding("schema.invalid", "", "bad template")),
                        2L, List.of(finding("mapping.type", "n", "x")),
                        7L, List.of(finding("mapping.type", "n", "y"))));

        assertThat(comparison.disagreements()).hasSize(2)
                .anySatisfy(d -> assertThat(d).startsWith("errors tied to no record: schema.invalid"))
                .anySatisfy(d -> assertThat(d).startsWith("error finding for record 7, but there are 2 records"));
    }

    private static JsonNode finding(String rule, String path, String message) throws Exception {
        return new ObjectMapper().readTree("{\"rule\":\"" + rule + "\",\"severity\":\"error\",\"path\":\"" + path
                + "\",\"message\":\"" + message + "\"}");
    }
}
