package dev.otelint.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * The names the OpenTelemetry Collector's Prometheus exporters (prometheus, prometheusremotewrite) give
 * OTEL metrics and attributes, following opentelemetry-collector-contrib pkg/translator/prometheus.
 * {@link #lookup(String)} goes the other way, from a name seen in a PromQL query to the semconv metric.
 */
public final class PrometheusNames {

    /** The series suffixes a Prometheus histogram is exposed as. */
    public static final List<String> HISTOGRAM_SERIES = List.of("_bucket", "_sum", "_count");

    private PrometheusNames() {
    }

    /**
     * The metric family name. With {@code addMetricSuffixes} (the exporters' default) the name is split on
     * every character that is not a letter or digit, then the unit word, "per" unit, "total" (counters) and
     * "ratio" (gauges of unit "1") are appended once each; without it, runs of characters other than
     * letters, digits, '_' and ':' become one '_'. A leading digit gets a '_' prefix in both modes.
     */
    public static String metricName(String otelName, String unit, SemconvInstrument instrument,
                                    boolean addMetricSuffixes) {
        return metricName(otelName, unit, instrument, addMetricSuffixes, "");
    }

    /**
     * {@link #metricName(String, String, SemconvInstrument, boolean)} behind the exporters' {@code namespace}
     * and '_', the namespace taken as written (translator/prometheus BuildCompliantName does not clean it).
     */
    public static String metricName(String otelName, String unit, SemconvInstrument instrument,
                                    boolean addMetricSuffixes, String namespace) {
        String name;
        if (addMetricSuffixes) {
            List<String> tokens = suffixedTokens(otelName, unit == null ? "" : unit, instrument);
            if (!namespace.isEmpty()) {
                tokens.add(0, namespace);
            }
            name = String.join("_", tokens);
        } else {
            name = String.join("_", split(otelName, "_:"));
            if (!namespace.isEmpty()) {
                return namespace + "_" + name; // as BuildCompliantName: no digit check behind a namespace
            }
        }
        // Prometheus data model: a metric name may not start with a digit
        return !name.isEmpty() && Character.isDigit(name.charAt(0)) ? "_" + name : name;
    }

    /**
     * The label an attribute becomes: every character that is not a letter or digit turns into '_'; a
     * leading digit gets "key_" and a single leading '_' gets "key" ("__" is reserved and kept).
     */
    public static String labelName(String attribute) {
        if (attribute.isEmpty()) {
            return attribute;
        }
        StringBuilder label = new StringBuilder(attribute.length() + 4);
        attribute.codePoints().forEach(c -> label.appendCodePoint(Character.isLetterOrDigit(c) ? c : '_'));
        if (Character.isDigit(label.charAt(0))) {
            label.insert(0, "key_");
        } else if (label.charAt(0) == '_' && (label.length() == 1 || label.charAt(1) != '_')) {
            label.insert(0, "key");
        }
        return label.toString();
    }

    /** The semconv metrics of the built-in registry a Prometheus series name stands for, in both suffix modes. */
    public static List<PrometheusNamesIndex.Match> lookup(String prometheusName) {
        return PrometheusNamesIndex.builtin().lookup(prometheusName);
    }

    /** The attributes of the built-in registry a Prometheus label stands for (usually one, sorted). */
    public static List<String> lookupLabel(String label) {
        return PrometheusNamesIndex.builtin().lookupLabel(label);
    }

    private static List<String> suffixedTokens(String otelName, String unit, SemconvInstrument instrument) {
        List<String> tokens = split(otelName, "");
        int slash = unit.indexOf('/');
        String mainUnit = (slash < 0 ? unit : unit.substring(0, slash)).strip();
        String perUnit = slash < 0 ? "" : unit.substring(slash + 1).strip();
        // {annotations} carry no unit: "{request}" adds nothing, "{packet}/s" adds only "per_second"
        if (!mainUnit.isEmpty() && !hasAnnotation(mainUnit)) {
            addOnce(tokens, clean(PrometheusNamesUnits.SHIPPED.word(mainUnit)));
        }
        if (!perUnit.isEmpty() && !hasAnnotation(perUnit)) {
            String word = clean(PrometheusNamesUnits.SHIPPED.perWord(perUnit));
            if (!word.isEmpty() && !tokens.contains(word)) {
                tokens.add("per");
                tokens.add(word);
            }
        }
        if (instrument == SemconvInstrument.COUNTER) {
            moveToEnd(tokens, "total");
        }
        if ("1".equals(unit) && instrument == SemconvInstrument.GAUGE) {
            moveToEnd(tokens, "ratio");
        }
        return tokens;
    }

    private static boolean hasAnnotation(String unit) {
        return unit.indexOf('{') >= 0 || unit.indexOf('}') >= 0;
    }

    private static void addOnce(List<String> tokens, String word) {
        if (!word.isEmpty() && !tokens.contains(word)) {
            tokens.add(word);
        }
    }

    private static void moveToEnd(List<String> tokens, String word) {
        tokens.removeIf(word::equals);
        tokens.add(word);
    }

    private static String clean(String text) {
        return String.join("_", split(text, ""));
    }

    /** The non-empty runs of letters, digits and the {@code alsoKept} characters. */
    private static List<String> split(String text, String alsoKept) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || alsoKept.indexOf(c) >= 0) {
                token.appendCodePoint(c);
            } else if (!token.isEmpty()) {
                tokens.add(token.toString());
                token.setLength(0);
            }
        });
        if (!token.isEmpty()) {
            tokens.add(token.toString());
        }
        return tokens;
    }
}
