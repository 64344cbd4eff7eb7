package dev.otelint.assets.rules;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which field types an aggregation (or a sort) can use. OpenSearch registers each aggregation for
 * value source types (ValuesSourceRegistry: numeric, date, bytes, ip, geo_point); OpenSearch Dashboards
 * offers a field for an aggregation by the same families (agg types' filterFieldTypes). A text field
 * has no doc values, so it serves no aggregation or sort (FielddataCapabilities: fielddata is off by default).
 */
final class AggregationTypes {

    /** The families of mapped types that matter to aggregations. */
    enum Family { NUMBER, DATE, STRING, BOOLEAN, IP, GEO_POINT, TEXT, OTHER }

    private static final Set<Family> DOC_VALUES = EnumSet.of(Family.NUMBER, Family.DATE, Family.STRING,
            Family.BOOLEAN, Family.IP);
    private static final Set<Family> NUMBER = EnumSet.of(Family.NUMBER);
    private static final Set<Family> NUMBER_OR_DATE = EnumSet.of(Family.NUMBER, Family.DATE);
    private static final Set<Family> DATE = EnumSet.of(Family.DATE);
    private static final Set<Family> GEO_POINT = EnumSet.of(Family.GEO_POINT);
    private static final Set<Family> IP = EnumSet.of(Family.IP);
    private static final Map<String, Set<Family>> ALLOWED = allowed();

    private AggregationTypes() {}

    private static Map<String, Set<Family>> allowed() {
        Map<String, Set<Family>> map = new HashMap<>();
        for (String name : new String[] {"terms", "significant_terms", "rare_terms", "multi_terms", "cardinality",
            "distinct_count", "dc", "sort", "top", "rare", "group_by", "top_metrics"}) {
            map.put(name, DOC_VALUES);
        }
        for (String name : new String[] {"avg", "sum", "std_dev", "stddev", "stddev_pop", "stddev_samp",
            "var_pop", "var_samp", "extended_stats", "stats", "histogram"}) {
            map.put(name, NUMBER);
        }
        for (String name : new String[] {"min", "max", "median", "percentiles", "percentile", "percentile_ranks",
            "range"}) {
            map.put(name, NUMBER_OR_DATE);
        }
        map.put("date_histogram", DATE);
        map.put("date_range", DATE);
        map.put("auto_date_histogram", DATE);
        map.put("ip_range", IP);
        for (String name : new String[] {"geohash_grid", "geotile_grid", "geo_bounds", "geo_centroid"}) {
            map.put(name, GEO_POINT);
        }
        return map;
    }

    /** True when the aggregation is known and cannot use a field of {@code type}. */
    static boolean rejects(String function, String type) {
        Set<Family> allowed = ALLOWED.get(function.toLowerCase(Locale.ROOT));
        return allowed != null && !allowed.contains(family(type));
    }

    /** True when the aggregation reads a field's values per document, which needs doc values or fielddata. */
    static boolean known(String function) {
        return ALLOWED.containsKey(function.toLowerCase(Locale.ROOT));
    }

    /** True for aggregations any doc-values field serves, which a text field with fielddata serves too. */
    static boolean servedByFielddata(String function) {
        return ALLOWED.get(function.toLowerCase(Locale.ROOT)) == DOC_VALUES;
    }

    /** What the aggregation needs, in words, e.g. "a number or date field". */
    static String expected(String function) {
        Set<Family> allowed = ALLOWED.get(function.toLowerCase(Locale.ROOT));
        if (allowed == DOC_VALUES) {
            return "a field with doc values (keyword, number, date, boolean or ip; not text)";
        }
        if (allowed == NUMBER) {
            return "a numeric field";
        }
        if (allowed == NUMBER_OR_DATE) {
            return "a numeric or date field";
        }
        if (allowed == DATE) {
            return "a date field";
        }
        return allowed == IP ? "an ip field" : "a geo_point field";
    }

    static Family family(String type) {
        switch (type) {
            case "long": case "integer": case "short": case "byte": case "double": case "float": case "half_float":
            case "scaled_float": case "unsigned_long": case "token_count":
                return Family.NUMBER;
            case "date": case "date_nanos":
                return Family.DATE;
            case "keyword": case "constant_keyword": case "wildcard":
                return Family.STRING;
            case "boolean":
                return Family.BOOLEAN;
            case "ip":
                return Family.IP;
            case "geo_point":
                return Family.GEO_POINT;
            case "text": case "match_only_text":
                return Family.TEXT;
            default:
                return Family.OTHER;
        }
    }
}
