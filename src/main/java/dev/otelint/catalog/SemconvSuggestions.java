package dev.otelint.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** "Did you mean" candidates: the ids closest to a misspelt one by edit distance. */
public final class SemconvSuggestions {

    private record Scored(String id, int distance) {}

    private SemconvSuggestions() {}

    /**
     * The candidates nearest to {@code id} (all at the same, smallest edit distance, at most {@code limit}),
     * if within a quarter of the id's length in edits (at least 2).
     */
    public static List<String> closest(String id, Iterable<String> candidates, int limit) {
        int budget = Math.max(2, id.length() / 4);
        List<Scored> scored = new ArrayList<>();
        for (String candidate : candidates) {
            if (Math.abs(candidate.length() - id.length()) > budget) {
                continue;
            }
            int distance = distance(id, candidate, budget);
            if (distance <= budget) {
                scored.add(new Scored(candidate, distance));
            }
        }
        int best = scored.stream().mapToInt(Scored::distance).min().orElse(0);
        return scored.stream().filter(s -> s.distance() == best).sorted(Comparator.comparing(Scored::id))
                .limit(limit).map(Scored::id).toList();
    }

    /** Levenshtein distance, giving up (returning budget + 1) once every path exceeds the budget. */
    static int distance(String a, String b, int budget) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > budget) {
                return budget + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
