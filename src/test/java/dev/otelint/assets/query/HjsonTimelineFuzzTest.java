package dev.otelint.assets.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Truncated and mutated inputs either parse or fail with a QuerySyntaxException inside the text. */
class HjsonTimelineFuzzTest {
    private static final String NOISE = "{}[],:'\"\\/#*\n\t .()=$@-0aZ'''";

    private static final List<String> HJSON_SEEDS = List.of(
            "{\"a\": [1, 2.5e3, true, null], \"b\": {\"c\": \"d\\u00e9\\n\"}}",
            "# c\n{\n  // c\n  a: quoteless, text\n  /* c */ b: 'q'\n  m:\n    '''\n    x\n    '''\n  n: [1\n 2,]\n}",
            "url: {\n  %timefield%: @timestamp\n  interval: { %autointerval%: true }\n}\n");

    private static final List<String> TIMELINE_SEEDS = List.of(
            ".es(index=logs-*, timefield='@timestamp', metric='avg:bytes', split=host:10, q=\"a:\\\"b\\\"\")",
            "$v = 'sum:x', .es(*, $v).label('l').divide(.opensearch(index=i)), (.es(), @1:2).bars(),",
            ".static(1).if(operator=gt, if=.es(metric='percentiles:l:95,99'), then=null).legend(ne, 2)");

    @Test
    void hjsonParserOnlyReturnsOrThrowsSyntaxErrors() {
        for (String input : mutants(HJSON_SEEDS)) {
            check(input, () -> HjsonParser.parseDocument(input));
        }
    }

    @Test
    void timelineParserOnlyReturnsOrThrowsSyntaxErrors() {
        for (String input : mutants(TIMELINE_SEEDS)) {
            check(input, () -> TimelineParser.parse(input));
        }
    }

    private interface Parse {
        void run() throws QuerySyntaxException;
    }

    private static void check(String input, Parse parse) {
        try {
            parse.run();
        } catch (QuerySyntaxException e) {
            assertThat(e.offset()).as("offset of %s for %s", e.getMessage(), input).isBetween(0, input.length());
            assertThat(e.getMessage()).isNotBlank();
        } catch (RuntimeException | StackOverflowError e) {
            fail("input " + quote(input) + " threw " + e, e);
        }
    }

    private static List<String> mutants(List<String> seeds) {
        Random random = new Random(42);
        List<String> inputs = new ArrayList<>();
        for (String seed : seeds) {
            for (int cut = 0; cut <= seed.length(); cut++) {
                inputs.add(seed.substring(0, cut));
                inputs.add(seed.substring(cut));
            }
            for (int i = 0; i < 3000; i++) {
                inputs.add(mutate(seed, random));
            }
        }
        return inputs;
    }

    private static String mutate(String seed, Random random) {
        StringBuilder text = new StringBuilder(seed);
        for (int edits = 1 + random.nextInt(3); edits > 0 && !text.isEmpty(); edits--) {
            int at = random.nextInt(text.length());
            char noise = NOISE.charAt(random.nextInt(NOISE.length()));
            switch (random.nextInt(3)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, noise);
                default -> text.setCharAt(at, noise);
            }
        }
        return text.toString();
    }

    private static String quote(String input) {
        return "\"" + input.replace("\n", "\\n") + "\"";
    }
}
