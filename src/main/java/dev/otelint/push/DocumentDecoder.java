package dev.otelint.push;

import com.google.protobuf.Message;
import dev.otelint.records.Record;
import dev.otelint.records.UnencodableRecordException;

/**
 * Turns a Simple Schema document back into the OTLP export request (of one record) that an OpenSearch
 * exporter would have indexed as that document: records.SimpleSchemaDecoder's contract.
 */
@FunctionalInterface
public interface DocumentDecoder {
    Message decode(Record record) throws UnencodableRecordException;
}
