package dev.otelint.assets.query;

import java.util.List;

/** The label names PromQL functions take as string arguments (Prometheus functions docs). */
final class PromQlLabelArguments {

    interface Sink {
        void add(PromQlToken token, FieldRole role, String function);
    }

    private PromQlLabelArguments() {
    }

    /** {@code strings}: each argument's string literal token, or null when the argument is not one. */
    static void collect(String function, List<PromQlToken> strings, Sink sink) {
        switch (function) {
            // label_replace(v, dst, replacement, src, regex)
            case "label_replace" -> {
                add(strings, 1, FieldRole.PROJECTION, function, sink);
                add(strings, 3, FieldRole.EXPRESSION, function, sink);
            }
            // label_join(v, dst, separator, src...)
            case "label_join" -> {
                add(strings, 1, FieldRole.PROJECTION, function, sink);
                for (int i = 3; i < strings.size(); i++) {
                    add(strings, i, FieldRole.EXPRESSION, function, sink);
                }
            }
            // sort_by_label(v, label...)
            case "sort_by_label", "sort_by_label_desc" -> {
                for (int i = 1; i < strings.size(); i++) {
                    add(strings, i, FieldRole.SORT, function, sink);
                }
            }
            default -> {
            }
        }
    }

    private static void add(List<PromQlToken> strings, int index, FieldRole role, String function, Sink sink) {
        if (index < strings.size() && strings.get(index) != null) {
            sink.add(strings.get(index), role, function);
        }
    }
}
