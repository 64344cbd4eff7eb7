package dev.otelint.assets.savedobjects;

import com.fasterxml.jackson.databind.JsonNode;
import dev.otelint.assets.query.LuceneParser;
import dev.otelint.assets.query.QueryField;
import dev.otelint.assets.query.QuerySyntaxException;
import dev.otelint.assets.query.TimelineParser;
import dev.otelint.assets.query.TimelineQuery;
import dev.otelint.assets.query.TimelineSeries;
import java.util.ArrayList;
import java.util.List;

/** A Timeline visualization: each data-source call's index, timefield, metrics, splits and q= queries. */
final class TimelineVisFields {

    private TimelineVisFields() {}

    static void extract(ObjectFields fields, JsonNode expression, String path) {
        if (!expression.isTextual()) {
            return;
        }
        try {
            for (TimelineSeries series : TimelineParser.parse(expression.textValue())) {
                fields.addAll(path, series.fields(), series.index(), "timeline");
                for (TimelineQuery query : series.queries()) {
                    queryFields(fields, query, path, series.index());
                }
            }
        } catch (QuerySyntaxException e) {
            fields.querySyntax(path, "Timeline", e);
        }
    }

    /** A q= Lucene query: its fields and a syntax error are placed at their offsets in the whole expression. */
    private static void queryFields(ObjectFields fields, TimelineQuery query, String path, String index)
            throws QuerySyntaxException {
        try {
            List<QueryField> inExpression = new ArrayList<>();
            for (QueryField field : LuceneParser.parse(query.text())) {
                int start = query.sourceOffset(field.offset());
                int end = field.length() == 0 ? start : query.sourceOffset(field.offset() + field.length() - 1) + 1;
                inExpression.add(new QueryField(field.name(), start, end - start, field.role(), field.function()));
            }
            fields.addAll(path, inExpression, index, "timeline");
        } catch (QuerySyntaxException e) {
            throw new QuerySyntaxException(e.getMessage(), query.sourceOffset(e.offset()));
        }
    }
}
