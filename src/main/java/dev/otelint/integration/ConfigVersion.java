package dev.otelint.integration;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * The version in a config file name {@code <name>-<version>.json}: digits and dots, compared part by part
 * with missing parts as 0, as OpenSearch Dashboards' repository reader compares them (1.10 after 1.9).
 */
public record ConfigVersion(String text) implements Comparable<ConfigVersion> {
    private static final Pattern FORMAT = Pattern.compile("\\d+(\\.\\d+)*");

    public static boolean isVersion(String text) {
        return FORMAT.matcher(text).matches();
    }

    @Override
    public int compareTo(ConfigVersion other) {
        String[] a = text.split("\\.");
        String[] b = other.text.split("\\.");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            BigInteger x = i < a.length ? new BigInteger(a[i]) : BigInteger.ZERO;
            BigInteger y = i < b.length ? new BigInteger(b[i]) : BigInteger.ZERO;
            int order = x.compareTo(y);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    @Override
    public String toString() {
        return text;
    }
}
