package dev.otelint.collector.exporter.prometheusremotewrite;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import dev.otelint.collector.exporter.prometheusremotewrite.TimeSeriesSet.Series;
import io.airlift.compress.snappy.SnappyDecompressor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The bytes read back with snappy and a protobuf parse of prompb's field numbers, independent of the encoder. */
class WriteRequestEncoderTest {

    /** Decodes a WriteRequest into "name=value,...|value@ts,..." per series. */
    static List<String> decode(byte[] body) throws IOException {
        List<String> series = new ArrayList<>();
        CodedInputStream in = CodedInputStream.newInstance(body);
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            assertThat(tag).isEqualTo(tag(1, WireFormat.WIRETYPE_LENGTH_DELIMITED));
            CodedInputStream ts = CodedInputStream.newInstance(in.readByteArray());
            StringBuilder labels = new StringBuilder();
            StringBuilder samples = new StringBuilder();
            for (int t = ts.readTag(); t != 0; t = ts.readTag()) {
                CodedInputStream field = CodedInputStream.newInstance(ts.readByteArray());
                if (WireFormat.getTagFieldNumber(t) == 1) {
                    assertThat(field.readTag()).isEqualTo(tag(1, WireFormat.WIRETYPE_LENGTH_DELIMITED));
                    labels.append(labels.isEmpty() ? "" : ",").append(field.readString());
                    assertThat(field.readTag()).isEqualTo(tag(2, WireFormat.WIRETYPE_LENGTH_DELIMITED));
                    labels.append('=').append(field.readString());
                } else {
                    assertThat(WireFormat.getTagFieldNumber(t)).isEqualTo(2);
                    assertThat(field.readTag()).isEqualTo(tag(1, WireFormat.WIRETYPE_FIXED64));
                    double value = field.readDouble();
                    assertThat(field.readTag()).isEqualTo(tag(2, WireFormat.WIRETYPE_VARINT));
                    samples.append(samples.isEmpty() ? "" : ",").append(value).append('@').append(field.readInt64());
                }
            }
            series.add(labels + "|" + samples);
        }
        return series;
    }

    private static int tag(int field, int wireType) {
        return field << 3 | wireType;
    }

    static byte[] unsnappy(byte[] compressed) {
        byte[] out = new byte[SnappyDecompressor.getUncompressedLength(compressed, 0)];
        new SnappyDecompressor().decompress(compressed, 0, compressed.length, out, 0, out.length);
        return out;
    }

    private static TreeMap<String, String> labels(String... pairs) {
        TreeMap<String, String> map = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void writesSortedSeriesWithSortedLabelsThatSnappyAndProtobufReadBack() throws IOException {
        TimeSeriesSet set = new TimeSeriesSet();
        set.add(labels("__name__", "b", "job", "x"), 2.5, 1_700_000_000_123L);
        set.add(labels("__name__", "a", "zone", "é"), -1, 5);
        set.add(labels("__name__", "b", "job", "x"), 3.5, 1_700_000_001_123L);
        List<byte[]> requests = WriteRequestEncoder.requests(set.sorted(), 3_000_000);
        assertThat(requests).hasSize(1);
        assertThat(decode(unsnappy(WriteRequestEncoder.snappy(requests.get(0))))).containsExactly(
                "__name__=a,zone=é|-1.0@5",
                "__name__=b,job=x|2.5@1700000000123,3.5@1700000001123");
    }

    @Test
    void splitsRequestsBeforeTheyReachMaxBatchSizeBytes() throws IOException {
        TimeSeriesSet set = new TimeSeriesSet();
        for (int i = 0; i < 100; i++) {
            set.add(labels("__name__", "m", "i", String.format("%03d", i)), i, 1);
        }
        List<Series> series = set.sorted();
        List<byte[]> requests = WriteRequestEncoder.requests(series, 500);
        assertThat(requests).hasSizeGreaterThan(5).allMatch(r -> r.length < 500);
        List<String> all = new ArrayList<>();
        for (byte[] r : requests) {
            all.addAll(decode(r));
        }
        assertThat(all).hasSize(100).startsWith("__name__=m,i=000|0.0@1").endsWith("__name__=m,i=099|99.0@1");
    }

    @Test
    void keepsStaleNaNBitsOnTheWire() throws IOException {
        TimeSeriesSet set = new TimeSeriesSet();
        set.add(labels("__name__", "up"), TimeSeriesSet.STALE_NAN, 1);
        byte[] body = WriteRequestEncoder.requests(set.sorted(), 1000).get(0);
        assertThat(body).containsSequence(0x02, 0x00, 0x00, 0x00, 0x00, 0x00, (byte) 0xf0, 0x7f); // little-endian
    }
}
