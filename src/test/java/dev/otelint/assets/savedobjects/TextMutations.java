package dev.otelint.assets.savedobjects;

import java.util.Random;

/** Random small edits (delete, insert, replace a character) for the asset fuzz tests. */
public final class TextMutations {

    private TextMutations() {}

    /** {@code text} with one to three random edits drawn from {@code noise}. */
    public static String mutate(String text, String noise, Random random) {
        StringBuilder out = new StringBuilder(text);
        for (int edits = 1 + random.nextInt(3); edits > 0 && out.length() > 0; edits--) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(3)) {
                case 0 -> out.deleteCharAt(at);
                case 1 -> out.insert(at, noise.charAt(random.nextInt(noise.length())));
                default -> out.setCharAt(at, noise.charAt(random.nextInt(noise.length())));
            }
        }
        return out.toString();
    }
}
