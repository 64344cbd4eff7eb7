package dev.otelint.integration.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.integration.JsonFileScan;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files read the way Dashboards reads them (one JSON value, else NDJSON), and the text kept by a cut. */
class JsonFileScanTest {

    @TempDir
    Path tmp;

    private JsonFileScan scan(String text, long keep) throws IOException {
        return JsonFileScan.of(Files.writeString(tmp.resolve("f.json"), text), keep);
    }

    private String kept(String text, long keep) throws IOException {
        Path file = Files.writeString(tmp.resolve("k.json"), text);
        try (Reader reader = JsonTextReader.open(file, JsonFileScan.of(file, keep))) {
            StringBuilder sb = new StringBuilder();
            reader.transferTo(new java.io.Writer() {
                @Override public void write(char[] b, int off, int len) { sb.append(b, off, len); }
                @Override public void flush() {}
                @Override public void close() {}
            });
            return sb.toString();
        }
    }

    @Test
    void oneJsonValueCountsTheElementsOfItsArray() throws IOException {
        JsonFileScan scan = scan("[{\"a\":1}, {\"a\":[2]}, 3]", Long.MAX_VALUE);

        assertThat(scan.shape()).isEqualTo(JsonFileScan.Shape.ONE_VALUE);
        assertThat(scan.records()).isEqualTo(3);
        assertThat(scan.firstNonObject()).isEqualTo(3);
        assertThat(scan.cutOffset()).isEqualTo(-1);
    }

    @Test
    void valuesOnSeveralLinesAreNdjsonAndBlankLinesAreSkipped() throws IOException {
        JsonFileScan scan = scan("{\"a\":1}\n\n  \n{\"a\":2}\n", Long.MAX_VALUE);

        assertThat(scan.shape()).isEqualTo(JsonFileScan.Shape.NDJSON);
        assertThat(scan.records()).isEqualTo(2);
        assertThat(scan.keptBytes()).isEqualTo("[{\"a\":1},{\"a\":2}]".length());
    }

    @Test
    void anEmptyFileIsNdjsonWithoutRecordsAsForDashboards() throws IOException {
        JsonFileScan scan = scan("\n", Long.MAX_VALUE);

        assertThat(scan.shape()).isEqualTo(JsonFileScan.Shape.NDJSON);
        assertThat(scan.records()).isZero();
        assertThat(kept("", Long.MAX_VALUE)).isEqualTo("[]");
    }

    @Test
    void json5IsNeitherAndSaysWhere() throws IOException {
        JsonFileScan scan = scan("{\n  a: 1\n}\n", Long.MAX_VALUE);

        assertThat(scan.shape()).isEqualTo(JsonFileScan.Shape.NEITHER);
        assertThat(scan.error()).startsWith("2:3: Unexpected character ('a'");
    }

    @Test
    void aCutCountsBytesSoThatMultibyteTextIsCutAfterTheLastKeptElement() throws IOException {
        String array = "[{\"b\":\"\u00e9\u20ac\uD83D\uDE00\"} ,\n{\"b\":2},{\"b\":3}]";

        assertThat(kept(array, 1)).isEqualTo("[{\"b\":\"\u00e9\u20ac\uD83D\uDE00\"}]");
        assertThat(kept(array, 2)).isEqualTo("[{\"b\":\"\u00e9\u20ac\uD83D\uDE00\"} ,\n{\"b\":2}]");
        assertThat(kept(array, 3)).isEqualTo(array);
        assertThat(scan(array, 1).keptBytes()).isEqualTo("[{\"b\":\"\u00e9\u20ac\uD83D\uDE00\"}]".getBytes(
                java.nio.charset.StandardCharsets.UTF_8).length);
    }

    @Test
    void ndjsonKeepsItsFirstLinesVerbatim() throws IOException {
        assertThat(kept("{\"a\" : 1}\r\n{\"a\":2}\n{\"a\":3}\n", 2)).isEqualTo("[{\"a\" : 1}\r,{\"a\":2}]");
    }
}
