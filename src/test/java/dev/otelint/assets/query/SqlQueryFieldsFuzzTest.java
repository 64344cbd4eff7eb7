package dev.otelint.assets.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Truncated and mutated statements either parse or fail with a QuerySyntaxException, never anything else. */
class SqlQueryFieldsFuzzTest {
    private static final List<String> SEEDS = List.of(
            "SELECT a, COUNT(*) AS n FROM {table_name} t WHERE b >= 5 AND c LIKE '%x' GROUP BY a ORDER BY n DESC LIMIT 10;",
            "SELECT rec.x, CAST(e AS TIMESTAMP) AS ts FROM t LATERAL VIEW explode(Records) m AS rec WHERE rec.y IS NOT NULL",
            "SELECT t, (Count(t) * 100.0 / (Select Count(*) From l)) as p FROM l JOIN o ON l.id = o.id GROUP by t",
            "-- c\nCREATE MATERIALIZED VIEW v AS SELECT trim(BOTH '[]' FROM concat(a, ' ')) AS `@timestamp`,"
                    + " CASE WHEN b > 1 THEN 'x' ELSE 'y' END FROM t WITH (auto_refresh = true)",
            "CREATE SKIPPING INDEX ON {table_name} (ip BLOOM_FILTER, `status` VALUE_SET) WITH (a = 'b')",
            "SELECT * FROM l WHERE (d BETWEEN parse_datetime('?','?') AND ?) AND x IN (SELECT y FROM z) AND w = 'it''s'");

    @Test
    void truncationsAndMutationsOnlyEverThrowQuerySyntaxException() {
        Random random = new Random(20240602);
        int rejected = 0;
        int runs = 0;
        for (String seed : SEEDS) {
            for (int cut = 0; cut <= seed.length(); cut++) {
                rejected += outcome(seed.substring(0, cut));
                runs++;
            }
            for (int i = 0; i < 2000; i++) {
                rejected += outcome(PplParserFuzzTest.mutate(seed, random));
                runs++;
            }
        }
        assertThat(rejected).isGreaterThan(runs / 4);
    }

    private static int outcome(String sql) {
        try {
            SqlQuery parsed = SqlQueryFields.parse(sql);
            assertThat(parsed.fields()).allSatisfy(f ->
                    assertThat(f.offset() + f.length()).as(sql).isLessThanOrEqualTo(sql.length()));
            return 0;
        } catch (QuerySyntaxException e) {
            assertThat(e.offset()).as(sql).isBetween(0, sql.length());
            return 1;
        }
    }
}
