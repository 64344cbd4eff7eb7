package dev.otelint.collector.processor.attributes;

/** include/exclude: a record is processed when it matches include (if set) and does not match exclude (if set). */
final class RecordFilter {
    private final PropertiesMatcher include;
    private final PropertiesMatcher exclude;

    private RecordFilter(PropertiesMatcher include, PropertiesMatcher exclude) {
        this.include = include;
        this.exclude = exclude;
    }

    static RecordFilter compile(MatchProperties include, MatchProperties exclude) {
        return new RecordFilter(include == null ? null : PropertiesMatcher.compile(include),
                exclude == null ? null : PropertiesMatcher.compile(exclude));
    }

    boolean accepts(MatchContext context) {
        return (include == null || include.matches(context)) && (exclude == null || !exclude.matches(context));
    }
}
