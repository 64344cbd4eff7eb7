package dev.otelint.assets.query;

/** How a query uses a field; the asset rules check the field's type against its role. */
public enum FieldRole {
    /** compared with a value: {@code status:200}, {@code where a = 1}, {@code match_phrase} */
    FILTER,
    /** only tested for presence: {@code _exists_:f}, {@code f:*}, {@code isnotnull(f)} */
    EXISTS,
    /** compared with a range: {@code bytes >= 10}, {@code [1 TO 5]} */
    RANGE,
    /** shown or returned: PPL {@code fields}, SQL select list, table columns */
    PROJECTION,
    /** grouped by: PPL {@code by}, {@code top}/{@code rare}, terms split */
    GROUP_BY,
    /** sorted by */
    SORT,
    /** aggregated with {@link QueryField#function()} (avg, sum, min, max, count, percentiles, ...) */
    AGGREGATION,
    /** used as the time axis: {@code span(@timestamp, 1m)}, timefield= */
    TIME,
    /** read by an expression whose use is not one of the above (eval inputs, function arguments) */
    EXPRESSION,
    /**
     * a metric (series) name a PromQL query selects, with {@link QueryField#function()} the innermost
     * function or aggregation applied to it ("rate", "sum"), or null when bare; label names have the
     * other roles
     */
    METRIC
}
