import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a saved-object bundle of N objects for the Simple Schema logs template: one index pattern,
 * N-2 visualizations (terms, histogram, date histogram, metric aggregations, a DQL query each) and one
 * dashboard that references them all. Usage: java bench/GenerateAssetBundle.java N out.ndjson
 */
public final class GenerateAssetBundle {
    private static final String[][] AGGS = {
        {"terms", "http.request.method"}, {"terms", "http.response.status_code"}, {"avg", "http.response.bytes"},
        {"max", "http.response.bytes"}, {"terms", "url.path"}, {"terms", "communication.source.ip"},
        {"terms", "severity.text.keyword"}, {"terms", "attributes.data_stream.dataset"}};

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            w.write("{\"type\":\"index-pattern\",\"id\":\"logs\",\"attributes\":{\"title\":\"ss4o_logs-*-*\","
                    + "\"timeFieldName\":\"@timestamp\"},\"references\":[]}\n");
            StringBuilder panels = new StringBuilder("[");
            StringBuilder refs = new StringBuilder("[");
            for (int i = 0; i < n - 2; i++) {
                String[] agg = AGGS[i % AGGS.length];
                String visState = "{\"title\":\"v" + i + "\",\"type\":\"histogram\",\"params\":{},\"aggs\":["
                        + "{\"id\":\"1\",\"type\":\"" + agg[0] + "\",\"schema\":\"metric\",\"params\":{\"field\":\"" + agg[1] + "\"}},"
                        + "{\"id\":\"2\",\"type\":\"date_histogram\",\"schema\":\"segment\",\"params\":{\"field\":\"@timestamp\",\"interval\":\"auto\"}}]}";
                String source = "{\"query\":{\"query\":\"http.response.status_code >= " + (200 + i % 300)
                        + " and not http.request.method:HEAD\",\"language\":\"kuery\"},\"filter\":[],"
                        + "\"indexRefName\":\"kibanaSavedObjectMeta.searchSourceJSON.index\"}";
                w.write("{\"type\":\"visualization\",\"id\":\"vis-" + i + "\",\"attributes\":{\"title\":\"v" + i
                        + "\",\"visState\":" + quote(visState) + ",\"kibanaSavedObjectMeta\":{\"searchSourceJSON\":"
                        + quote(source) + "}},\"references\":[{\"name\":\"kibanaSavedObjectMeta.searchSourceJSON.index\","
                        + "\"type\":\"index-pattern\",\"id\":\"logs\"}]}\n");
                if (i > 0) {
                    panels.append(',');
                    refs.append(',');
                }
                panels.append("{\"panelIndex\":\"").append(i).append("\",\"panelRefName\":\"panel_").append(i).append("\"}");
                refs.append("{\"name\":\"panel_").append(i).append("\",\"type\":\"visualization\",\"id\":\"vis-").append(i).append("\"}");
            }
            w.write("{\"type\":\"dashboard\",\"id\":\"dash\",\"attributes\":{\"title\":\"d\",\"panelsJSON\":"
                    + quote(panels.append(']').toString()) + "},\"references\":" + refs.append(']') + "}\n");
        }
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
