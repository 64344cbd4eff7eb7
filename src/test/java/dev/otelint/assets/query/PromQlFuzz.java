package dev.otelint.assets.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Random;

/**
 * Test support for the PromQL and LogQL parsers: feeds a parser truncations and random mutations of known
 * queries (anything but QuerySyntaxException fails), and checks syntax errors.
 */
final class PromQlFuzz {

    interface Parser {
        void parse(String query) throws QuerySyntaxException;
    }

    private static final String ALPHABET = "(){}[],:@+-*/%^=!~<>|\"'`#. \n0123456789abcmsxyz_$";

    private PromQlFuzz() {
    }

    static void run(List<String> seeds, int mutations, Parser parser, Random random) {
        for (String seed : seeds) {
            for (int end = 0; end <= seed.length(); end++) {
                check(seed.substring(0, end), parser);
            }
        }
        for (int i = 0; i < mutations; i++) {
            check(mutate(seeds.get(random.nextInt(seeds.size())), random), parser);
        }
    }

    static void assertSyntaxError(Parser parser, String query, String message, int offset) {
        assertThatThrownBy(() -> parser.parse(query)).as(query).isInstanceOfSatisfying(
                QuerySyntaxException.class, e -> {
                    assertThat(e.getMessage()).contains(message);
                    assertThat(e.offset()).isEqualTo(offset);
                });
    }

    private static String mutate(String seed, Random random) {
        StringBuilder text = new StringBuilder(seed);
        for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
            int at = text.isEmpty() ? 0 : random.nextInt(text.length());
            char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            switch (random.nextInt(3)) {
                case 0 -> text.insert(at, c);
                case 1 -> { if (!text.isEmpty()) { text.deleteCharAt(at); } }
                default -> { if (!text.isEmpty()) { text.setCharAt(at, c); } }
            }
        }
        return text.toString();
    }

    private static void check(String query, Parser parser) {
        try {
            parser.parse(query);
        } catch (QuerySyntaxException e) {
            if (e.offset() < 0 || e.offset() > query.length()) {
                fail("offset %d outside the query %s", e.offset(), query);
            }
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("the parser threw " + e + " on: " + query, e);
        }
    }
}
