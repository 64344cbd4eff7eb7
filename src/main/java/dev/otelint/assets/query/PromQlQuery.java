package dev.otelint.assets.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The names a PromQL query refers to. Metric names have role METRIC with the innermost enclosing
 * function or aggregation ("rate", "sum", ...), or none when bare; label names have role FILTER (matchers),
 * GROUP_BY (by/without, function = the aggregation), EXPRESSION (on/ignoring/group_left/group_right and
 * label_replace/label_join sources, function = that keyword), SORT (sort_by_label) or PROJECTION (labels the
 * query creates: label_replace/label_join targets, count_values). Offsets point at the name as written:
 * a quoted name ({@code {"http.server.duration"}}, {@code "src"} in label_replace) includes its quotes.
 */
public record PromQlQuery(List<QueryField> metrics, List<QueryField> labels) {

    public PromQlQuery {
        metrics = List.copyOf(metrics);
        labels = List.copyOf(labels);
    }

    /** Metrics and labels together, in the order they appear in the query. */
    public List<QueryField> fields() {
        List<QueryField> all = new ArrayList<>(metrics);
        all.addAll(labels);
        all.sort(Comparator.comparingInt(QueryField::offset));
        return all;
    }
}
