package dev.otelint.assets.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndexPatternsTest {

    @Test
    void patternsOverlapWhenSomeIndexNameMatchesBoth() {
        assertThat(IndexPatterns.overlap("ss4o_logs-*", "ss4o_logs-*-*")).isTrue();
        assertThat(IndexPatterns.overlap("ss4o_logs-nginx-prod", "ss4o_logs-*-*")).isTrue();
        assertThat(IndexPatterns.overlap("*", "ss4o_traces-*-*")).isTrue();
        assertThat(IndexPatterns.overlap("ss4o_*", "ss4o_metrics-*-*")).isTrue();
    }

    @Test
    void patternsWithDifferentLiteralsDoNotOverlap() {
        assertThat(IndexPatterns.overlap("ss4o_logs-*", "ss4o_traces-*-*")).isFalse();
        assertThat(IndexPatterns.overlap("otel-v1-apm-span-*", "ss4o_traces-*-*")).isFalse();
        // the template needs two dashes after the prefix; a concrete name with one cannot match
        assertThat(IndexPatterns.overlap("ss4o_logs-nginx", "ss4o_logs-*-*")).isFalse();
    }

    @Test
    void commaListsMatchByAnyIncludedPartAndExclusionsAddNothing() {
        assertThat(IndexPatterns.overlap("logs-*, ss4o_logs-*", "ss4o_logs-*-*")).isTrue();
        assertThat(IndexPatterns.overlap("logs-*,-ss4o_logs-*", "ss4o_logs-*-*")).isFalse();
        assertThat(IndexPatterns.inclusions(" a-* ,-b-*,,c")).containsExactly("a-*", "c");
    }

    @Test
    void globIntersectionIsSymmetricAndHandlesStarsOnBothSides() {
        assertThat(IndexPatterns.globsIntersect("a*c", "ab*")).isTrue();
        assertThat(IndexPatterns.globsIntersect("ab*", "a*c")).isTrue();
        assertThat(IndexPatterns.globsIntersect("a*c", "b*")).isFalse();
        assertThat(IndexPatterns.globsIntersect("machine.os*", "machine.os.keyword")).isTrue();
        assertThat(IndexPatterns.globsIntersect("machine.os*", "machine.host")).isFalse();
    }
}
