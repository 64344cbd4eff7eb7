package dev.otelint.assets.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.assets.query.KqlLuceneAssertions.QueryParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random truncations and mutations of valid queries: the parsers either return fields whose spans lie
 * inside the text or throw QuerySyntaxException with an offset inside it; never anything else.
 */
class KqlLuceneFuzzTest {
    private static final String ALPHABET = " \t\n\\\"():<>*{}[]^~?/+-!&|=.,'_aZ09orandnotTOANDORNOT";
    private static final int MUTANTS_PER_SEED = 3_000;

    private static final List<String> KQL_SEEDS = List.of(
            "http.response.status_code >= 300 and event.domain:nginx.access",
            "not (aws.cloudtrail.eventName: Get*  Describe*  List* Head*)",
            "items:{ sku:A1 and price >= 10 and tags:{ name:* } }",
            "http\\:port:80 and \"my field\":\"x\\\"y\" and v:a \\or b",
            "NoT (a:1 Or b:2) aNd ((c:3)) or status:(200 or not 500)");
    private static final List<String> LUCENE_SEEDS = List.of(
            "http.response.status_code:[200 TO 299] OR d:>=10 e:{a TO \"z z\"}^2",
            "+a:1 -b:2 !c:3 NOT d:4 && e:5 || f:6 AND (g:7 OR h:8)",
            "a:qu?ck* b:/jo\\/n/ c:brwn~ d:\"fox jumps\"~3^2 e:fast^2.5",
            "http\\.method:GET book.\\*:(quick OR brown) a\\u002eb:1 _exists_:\"c\"",
            "*:* a + b ANDROID _exists_:(x OR y*)");

    @Test
    void kqlOnlyReturnsFieldsOrThrowsSyntaxErrors() {
        Outcomes outcomes = fuzz(KqlParser::parse, KQL_SEEDS);

        assertThat(outcomes.total()).isEqualTo(KQL_SEEDS.size() * MUTANTS_PER_SEED + truncations(KQL_SEEDS));
        assertThat(outcomes.parsed()).isGreaterThan(1_000);
        assertThat(outcomes.rejected()).isGreaterThan(1_000);
    }

    @Test
    void luceneOnlyReturnsFieldsOrThrowsSyntaxErrors() {
        Outcomes outcomes = fuzz(LuceneParser::parse, LUCENE_SEEDS);

        assertThat(outcomes.total()).isEqualTo(LUCENE_SEEDS.size() * MUTANTS_PER_SEED + truncations(LUCENE_SEEDS));
        assertThat(outcomes.parsed()).isGreaterThan(1_000);
        assertThat(outcomes.rejected()).isGreaterThan(1_000);
    }

    private static int truncations(List<String> seeds) {
        return seeds.stream().mapToInt(seed -> seed.length() + 1).sum();
    }

    /** How many mutants parsed and how many were rejected with a syntax error. */
    private record Outcomes(int parsed, int rejected) {
        int total() {
            return parsed + rejected;
        }
    }

    /** Runs every mutant; any throwable other than QuerySyntaxException fails the test. */
    private static Outcomes fuzz(QueryParser parser, List<String> seeds) {
        Random random = new Random(20240611L);
        int parsed = 0;
        int rejected = 0;
        for (String seed : seeds) {
            List<String> mutants = new ArrayList<>();
            for (int end = 0; end <= seed.length(); end++) {
                mutants.add(seed.substring(0, end));
            }
            for (int i = 0; i < MUTANTS_PER_SEED; i++) {
                mutants.add(mutate(seed, random));
            }
            for (String mutant : mutants) {
                if (parses(parser, mutant)) {
                    parsed++;
                } else {
                    rejected++;
                }
            }
        }
        return new Outcomes(parsed, rejected);
    }

    private static boolean parses(QueryParser parser, String query) {
        try {
            for (QueryField field : parser.parse(query)) {
                assertThat(field.offset()).as(query).isBetween(0, query.length());
                assertThat(field.offset() + field.length()).as(query).isBetween(field.offset(), query.length());
                assertThat(field.name()).as(query).isNotNull();
            }
            return true;
        } catch (QuerySyntaxException e) {
            assertThat(e.offset()).as(query).isBetween(0, query.length());
            assertThat(e.getMessage()).as(query).startsWith("expected").doesNotContain("null");
            return false;
        }
    }

    private static String mutate(String seed, Random random) {
        StringBuilder text = new StringBuilder(seed);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(text.length() + 1);
            switch (random.nextInt(4)) {
                case 0 -> text.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 1 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(3)));
                case 2 -> text.insert(at, slice(text, random));
                default -> text.setLength(Math.min(text.length(), at));
            }
        }
        return text.toString();
    }

    /** A random stretch of up to 6 characters of the text, copied elsewhere to repeat structure. */
    private static String slice(StringBuilder text, Random random) {
        int from = random.nextInt(text.length() + 1);
        return text.substring(from, from + random.nextInt(Math.min(6, text.length() - from) + 1));
    }
}
