package dev.otelint.collector.exporter.prometheusremotewrite;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.WireFormat;
import dev.otelint.collector.exporter.prometheusremotewrite.TimeSeriesSet.Label;
import dev.otelint.collector.exporter.prometheusremotewrite.TimeSeriesSet.Sample;
import dev.otelint.collector.exporter.prometheusremotewrite.TimeSeriesSet.Series;
import io.airlift.compress.snappy.SnappyCompressor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Prometheus remote write 1.0 bodies: the prompb {@code WriteRequest} written field by field, then snappy block
 * compressed. Field numbers (prompb/remote.proto, types.proto): WriteRequest.timeseries = 1; TimeSeries.labels = 1,
 * samples = 2; Label.name = 1, value = 2; Sample.value = 1 (double), timestamp = 2 (int64, ms).
 */
final class WriteRequestEncoder {
    private static final int WRITE_REQUEST_TIMESERIES = 1;
    private static final int SERIES_LABELS = 1;
    private static final int SERIES_SAMPLES = 2;
    private static final int LABEL_NAME = 1;
    private static final int LABEL_VALUE = 2;
    private static final int SAMPLE_VALUE = 1;
    private static final int SAMPLE_TIMESTAMP = 2;

    private WriteRequestEncoder() {}

    /**
     * The uncompressed WriteRequests of {@code series}, in order, each under {@code maxBytes} unless one series
     * alone is bigger (as the exporter's batchTimeSeries splits).
     */
    static List<byte[]> requests(List<Series> series, long maxBytes) {
        List<byte[]> requests = new ArrayList<>();
        ByteArrayOutputStream current = new ByteArrayOutputStream();
        for (Series s : series) {
            byte[] field = field(s);
            if (current.size() > 0 && (long) current.size() + field.length >= maxBytes) {
                requests.add(current.toByteArray());
                current.reset();
            }
            current.writeBytes(field);
        }
        if (current.size() > 0) {
            requests.add(current.toByteArray());
        }
        return requests;
    }

    /** Snappy block format (not the framed stream), as Prometheus reads a remote write body. */
    static byte[] snappy(byte[] body) {
        SnappyCompressor compressor = new SnappyCompressor();
        byte[] out = new byte[compressor.maxCompressedLength(body.length)];
        int length = compressor.compress(body, 0, body.length, out, 0, out.length);
        return Arrays.copyOf(out, length);
    }

    /** One {@code timeseries} field of a WriteRequest: tag, length, TimeSeries. */
    private static byte[] field(Series series) {
        int size = seriesSize(series);
        byte[] bytes = new byte[CodedOutputStream.computeTagSize(WRITE_REQUEST_TIMESERIES)
                + CodedOutputStream.computeUInt32SizeNoTag(size) + size];
        CodedOutputStream out = CodedOutputStream.newInstance(bytes);
        try {
            out.writeTag(WRITE_REQUEST_TIMESERIES, WireFormat.WIRETYPE_LENGTH_DELIMITED);
            out.writeUInt32NoTag(size);
            for (Label label : series.labels()) {
                out.writeTag(SERIES_LABELS, WireFormat.WIRETYPE_LENGTH_DELIMITED);
                out.writeUInt32NoTag(labelSize(label));
                out.writeString(LABEL_NAME, label.name());
                out.writeString(LABEL_VALUE, label.value());
            }
            for (Sample sample : series.samples()) {
                out.writeTag(SERIES_SAMPLES, WireFormat.WIRETYPE_LENGTH_DELIMITED);
                out.writeUInt32NoTag(sampleSize(sample));
                out.writeDouble(SAMPLE_VALUE, sample.value());
                out.writeInt64(SAMPLE_TIMESTAMP, sample.timestampMillis());
            }
            out.checkNoSpaceLeft();
        } catch (IOException e) {
            throw new UncheckedIOException("encoding a TimeSeries", e);
        }
        return bytes;
    }

    private static int seriesSize(Series series) {
        int size = 0;
        for (Label label : series.labels()) {
            size += embedded(SERIES_LABELS, labelSize(label));
        }
        for (Sample sample : series.samples()) {
            size += embedded(SERIES_SAMPLES, sampleSize(sample));
        }
        return size;
    }

    private static int embedded(int field, int size) {
        return CodedOutputStream.computeTagSize(field) + CodedOutputStream.computeUInt32SizeNoTag(size) + size;
    }

    private static int labelSize(Label label) {
        return CodedOutputStream.computeStringSize(LABEL_NAME, label.name())
                + CodedOutputStream.computeStringSize(LABEL_VALUE, label.value());
    }

    private static int sampleSize(Sample sample) {
        return CodedOutputStream.computeDoubleSize(SAMPLE_VALUE, sample.value())
                + CodedOutputStream.computeInt64Size(SAMPLE_TIMESTAMP, sample.timestampMillis());
    }
}
