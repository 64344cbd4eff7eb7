package dev.otelint.assets.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Truncated and mutated queries either parse or fail with a QuerySyntaxException, never anything else. */
class PplParserFuzzTest {
    private static final List<String> SEEDS = List.of(
            "search source=otel-logs-*, `idx` status=500 | where a = 1 and (b > 2 or not c like '%x')",
            "source=t | stats count(), avg(x) as m, percentile<90>(y) by span(@timestamp, 5m) as t, host",
            "source=t | eval s = case(code >= 500, 'err' else 'ok'), n = cast(x as int) | rename s as k",
            "source=t | where multi_match(['title', body ^ 2], 'q', operator='AND') | sort - num(a), b desc",
            "source=t | parse email '.+@(?<host>.+)' | grok m '%{IP:c}' | patterns new_field='p' message",
            "source=t | fillnull with 0 in a, b | fillnull using c = 'n' | trendline sort - ts sma(3, lat) as q",
            "source=t | dedup 2 a, b keepempty=true | head 10 from 5 | top 3 c by d | rare e | fields - f",
            "source=t | where svc in (${service:singlequote}) and x between 1 and 5 and y is not null");
    private static final String NOISE = "|()[]{}`'\",=<>!+-*/%^:$. aZ09@_";

    @Test
    void truncationsAndMutationsOnlyEverThrowQuerySyntaxException() {
        Random random = new Random(20240601);
        int failures = 0;
        int runs = 0;
        for (String seed : SEEDS) {
            for (int cut = 0; cut <= seed.length(); cut++) {
                failures += outcome(seed.substring(0, cut));
                runs++;
            }
            for (int i = 0; i < 2000; i++) {
                failures += outcome(mutate(seed, random));
                runs++;
            }
        }
        // Most variants must be rejected, and rejection must be a QuerySyntaxException (checked in outcome).
        assertThat(failures).isGreaterThan(runs / 4);
    }

    /** 1 when the parser rejected the query with a QuerySyntaxException, 0 when it parsed. */
    private static int outcome(String query) {
        try {
            PplQuery parsed = PplParser.parse(query);
            assertThat(parsed.fields()).allSatisfy(f -> assertThat(f.offset() + f.length()).isLessThanOrEqualTo(query.length()));
            return 0;
        } catch (QuerySyntaxException e) {
            assertThat(e.offset()).as(query).isBetween(0, query.length());
            assertThat(e.getMessage()).isNotBlank();
            return 1;
        }
    }

    /** One to three random character insertions, deletions or replacements. */
    static String mutate(String seed, Random random) {
        StringBuilder text = new StringBuilder(seed);
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(text.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> text.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
                case 1 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(4)));
                default -> text.replace(at, Math.min(text.length(), at + 1),
                        String.valueOf(NOISE.charAt(random.nextInt(NOISE.length()))));
            }
        }
        return text.toString();
    }
}
