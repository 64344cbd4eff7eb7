package dev.otelint.assets.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the arguments of a Timeline data-source call into a {@link TimelineSeries}. */
final class TimelineDataSource {
    static final Set<String> FUNCTIONS = Set.of("es", "elasticsearch", "opensearch");

    // OpenSearch Dashboards vis_type_timeline: the opensearch() arguments in order, then the offset and fit
    // every Datasource adds. A positional argument takes the name at its position among all arguments
    // (handlers/lib/reposition_arguments.js).
    private static final List<String> ARGUMENTS =
            List.of("q", "metric", "split", "index", "timefield", "opensearchDashboards", "interval", "offset", "fit");

    private final String function;
    private final List<QueryField> metrics = new ArrayList<>();
    private final List<QueryField> splits = new ArrayList<>();
    private final List<TimelineQuery> queries = new ArrayList<>();
    private String index;
    private QueryField timefield;

    private TimelineDataSource(String function) {
        this.function = function;
    }

    static TimelineSeries series(String function, int offset, List<TimelineArgument> arguments)
            throws QuerySyntaxException {
        TimelineDataSource source = new TimelineDataSource(function);
        for (int i = 0; i < arguments.size(); i++) {
            source.read(i, arguments.get(i));
        }
        return new TimelineSeries(function, offset, source.index, source.timefield, source.metrics,
                source.splits, source.queries);
    }

    private void read(int position, TimelineArgument argument) throws QuerySyntaxException {
        String name = argument.name() != null ? argument.name() : positionalName(position, argument);
        if (!ARGUMENTS.contains(name)) {
            throw new QuerySyntaxException("unknown argument '" + name + "' to ." + function
                    + "(); expected one of " + String.join(", ", ARGUMENTS), argument.offset());
        }
        if (argument.isSeries()) {
            throw new QuerySyntaxException("argument '" + name + "' of ." + function
                    + "() takes a string, not a series", argument.offset());
        }
        TimelineLiteral literal = argument.literal();
        // Every opensearch() argument accepts null, meaning "not given".
        if (!literal.quoted() && literal.value().equals("null")) {
            return;
        }
        switch (name) {
            case "q" -> queries.add(new TimelineQuery(literal));
            case "metric" -> metric(literal);
            case "split" -> splits.add(split(literal));
            case "index" -> index = literal.value();
            case "timefield" -> timefield = literal.field(0, literal.value().length(), FieldRole.TIME, null);
            default -> { } // opensearchDashboards, interval, offset, fit name no field
        }
    }

    private String positionalName(int position, TimelineArgument argument) throws QuerySyntaxException {
        if (position >= ARGUMENTS.size()) {
            throw new QuerySyntaxException("too many arguments to ." + function + "(): it takes at most "
                    + ARGUMENTS.size() + " (" + String.join(", ", ARGUMENTS) + ")", argument.offset());
        }
        return ARGUMENTS.get(position);
    }

    // opensearch/lib/create_date_agg.js: "count", or agg:field, with percentiles:field:95,99 listing percents.
    private void metric(TimelineLiteral literal) throws QuerySyntaxException {
        String value = literal.value();
        int colon = value.indexOf(':');
        String agg = colon < 0 ? value : value.substring(0, colon);
        if (agg.equals("count")) {
            return;
        }
        int fieldEnd = colon < 0 ? -1 : endOfPart(value, colon + 1);
        if (agg.isEmpty() || colon < 0 || fieldEnd == colon + 1) {
            throw new QuerySyntaxException("metric '" + value + "' must be agg:field (e.g. avg:bytes) or count",
                    literal.sourceOffset(0));
        }
        metrics.add(literal.field(colon + 1, fieldEnd, FieldRole.AGGREGATION, agg));
    }

    // opensearch/lib/build_request.js: field:limit, both required.
    private static QueryField split(TimelineLiteral literal) throws QuerySyntaxException {
        String value = literal.value();
        int colon = value.indexOf(':');
        if (colon <= 0 || endOfPart(value, colon + 1) == colon + 1) {
            throw new QuerySyntaxException("split '" + value + "' must be field:limit (e.g. host.name:10)",
                    literal.sourceOffset(0));
        }
        return literal.field(0, colon, FieldRole.GROUP_BY, null);
    }

    private static int endOfPart(String value, int from) {
        int colon = value.indexOf(':', from);
        return colon < 0 ? value.length() : colon;
    }
}
