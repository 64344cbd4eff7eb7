package dev.otelint.collector.processor.resourcedetection;

import dev.otelint.collector.component.ConfigKey;
import java.util.List;
import java.util.regex.Pattern;

/** {@code env}: an optional filter on the keys the env detector emits. */
public final class EnvDetectorConfig {
    @ConfigKey("attributes")
    public KeyFilter attributes = new KeyFilter();

    /**
     * {@code included} and {@code excluded} key patterns, {@code *} matching any characters: no included
     * patterns keeps every key; excluded applies after included (env detector's AttributesConfig).
     */
    public static final class KeyFilter {
        @ConfigKey("included")
        public List<String> included = List.of();

        @ConfigKey("excluded")
        public List<String> excluded = List.of();

        boolean keeps(String key) {
            boolean in = included.isEmpty() || included.stream().anyMatch(p -> matches(p, key));
            return in && excluded.stream().noneMatch(p -> matches(p, key));
        }

        private static boolean matches(String pattern, String key) {
            StringBuilder regex = new StringBuilder();
            for (String part : pattern.split("\\*", -1)) {
                regex.append(regex.isEmpty() ? "" : ".*").append(Pattern.quote(part));
            }
            return key.matches(regex.toString());
        }
    }
}
