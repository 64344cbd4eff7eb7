package dev.otelint.assets.query;

import java.util.ArrayList;
import java.util.List;

/**
 * One data-source call ({@code .es()}, {@code .elasticsearch()}, {@code .opensearch()}) of a Timeline
 * expression and the fields it reads. {@code metric}, {@code split} and {@code q} may be repeated in
 * OpenSearch Dashboards, so they are lists; {@code index} and {@code timefield} keep their last value, as
 * Dashboards does. {@code count} metrics name no field and are not listed. Field offsets point at the name
 * inside the argument text, quotes excluded ({@code metric='avg:bytes'} points at {@code bytes}).
 *
 * @param function  the function name as written, e.g. "es"
 * @param offset    offset of the call's leading '.'
 * @param index     the index pattern, or null when the expression leaves it to the Dashboards default
 * @param timefield the x-axis date field (role TIME), or null for the Dashboards default
 * @param metrics   {@code agg:field} metrics (role AGGREGATION, function = the agg name)
 * @param splits    {@code field:limit} terms splits (role GROUP_BY)
 * @param queries   the {@code q} Lucene query strings, unparsed
 */
public record TimelineSeries(String function, int offset, String index, QueryField timefield,
        List<QueryField> metrics, List<QueryField> splits, List<TimelineQuery> queries) {

    public TimelineSeries {
        metrics = List.copyOf(metrics);
        splits = List.copyOf(splits);
        queries = List.copyOf(queries);
    }

    /** Every field reference of this series: timefield, metrics, then splits. */
    public List<QueryField> fields() {
        List<QueryField> fields = new ArrayList<>();
        if (timefield != null) {
            fields.add(timefield);
        }
        fields.addAll(metrics);
        fields.addAll(splits);
        return fields;
    }
}
