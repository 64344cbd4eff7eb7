package dev.otelint.assets.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlQueryFieldsTest {

    private static List<String> fields(String sql) throws QuerySyntaxException {
        return SqlQueryFields.parse(sql).fields().stream()
                .map(f -> f.name() + " " + f.role() + (f.function() == null ? "" : " " + f.function()))
                .toList();
    }

    @Test
    void selectListWhereGroupAndOrderWithAliasesUnderstood() throws Exception {
        assertThat(fields("SELECT client_ip, COUNT(*) AS request_count FROM {table_name}"
                + " WHERE status >= 500 AND agent LIKE '%Chrome%' GROUP BY client_ip"
                + " ORDER BY request_count DESC LIMIT 10;"))
                .containsExactly("client_ip PROJECTION", "status RANGE", "agent FILTER like", "client_ip GROUP_BY");
    }

    @Test
    void tablesKeepPlaceholdersHyphensAndOffsets() throws Exception {
        String sql = "SELECT a FROM ss4o_logs_elb-aws_elb-sample-sample t JOIN `other` o ON t.id = o.id";
        SqlQuery query = SqlQueryFields.parse(sql);

        assertThat(query.tables()).containsExactly(
                new SqlTable("ss4o_logs_elb-aws_elb-sample-sample", 14, 35),
                new SqlTable("other", 57, 7));
        assertThat(query.fields()).containsExactly(
                new QueryField("a", 7, 1, FieldRole.PROJECTION),
                new QueryField("id", 72, 2, FieldRole.FILTER),
                new QueryField("id", 79, 2, FieldRole.FILTER));
    }

    @Test
    void nestedFieldsStayWholeAndAggregatesNameTheirFunction() throws Exception {
        assertThat(fields("SELECT userIdentity.type, sum(aws.elb.received_bytes/1000000.0) as mb,"
                + " CAST(eventTime AS TIMESTAMP) AS ts FROM t WHERE errorCode IS NOT NULL ORDER BY ts, count(*)"))
                .containsExactly("userIdentity.type PROJECTION", "aws.elb.received_bytes EXPRESSION",
                        "eventTime EXPRESSION cast", "errorCode EXISTS");
    }

    @Test
    void lateralViewAliasesStandForTheExplodedColumn() throws Exception {
        String sql = "SELECT rec.eventName FROM t LATERAL VIEW explode(Records) myTable AS rec"
                + " WHERE rec.errorCode IS NULL";
        SqlQuery query = SqlQueryFields.parse(sql);

        assertThat(query.fields()).extracting(f -> f.name() + " " + f.role()).containsExactly(
                "Records.eventName PROJECTION", "Records EXPRESSION", "Records.errorCode EXISTS");
        assertThat(sql.substring(query.fields().get(0).offset(), query.fields().get(0).offset()
                + query.fields().get(0).length())).isEqualTo("eventName");
    }

    @Test
    void subqueriesBetweenCaseTrimAndParameters() throws Exception {
        assertThat(fields("SELECT target_ip, (Count(target_ip) * 100.0 / (Select Count(*) From alb_logs)) as pct,"
                + " CASE WHEN code > 1 THEN 'a' ELSE 'b' END, trim(BOTH '[]' FROM concat(t1, ' ')) FROM alb_logs"
                + " WHERE (d BETWEEN parse_datetime('?','?') AND ?) AND x IN (SELECT y FROM z) AND w = 'it''s'"))
                .containsExactly("target_ip PROJECTION", "target_ip AGGREGATION count", "code RANGE",
                        "t1 EXPRESSION concat", "d RANGE", "x FILTER", "y PROJECTION", "w FILTER");
    }

    @Test
    void materializedViewYieldsItsSelectButNotTheViewName() throws Exception {
        SqlQuery query = SqlQueryFields.parse("-- comment\nCREATE MATERIALIZED VIEW {table_name}__mview AS SELECT"
                + " split_part(request, ' ', 1) as `http.request.method`, status AS `http.response.status_code`"
                + " FROM {table_name} WITH (auto_refresh = true, extra_options = '{ \"a\": 1 }')");

        assertThat(query.tables()).extracting(SqlTable::name).containsExactly("{table_name}");
        assertThat(query.fields()).extracting(f -> f.name() + " " + f.role())
                .containsExactly("request EXPRESSION", "status PROJECTION");
    }

    @Test
    void skippingIndexColumnsAreFiltersWithTheirType() throws Exception {
        assertThat(fields("CREATE SKIPPING INDEX ON {table_name} (client_ip BLOOM_FILTER, `status` VALUE_SET)"
                + " WITH (auto_refresh = true)"))
                .containsExactly("client_ip FILTER bloom_filter", "status FILTER value_set");
    }

    @Test
    void statementsWithoutSelectOrBrokenSyntaxAreRejected() {
        assertThatThrownBy(() -> SqlQueryFields.parse("CREATE EXTERNAL TABLE t (a STRING) USING csv"))
                .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("no SELECT to read");
        assertThatThrownBy(() -> SqlQueryFields.parse("SELECT a FROM t GROUP by a< ORDER BY b"))
                .isInstanceOf(QuerySyntaxException.class)
                .hasMessage("expected a column, a value or '(' but found 'ORDER'");
        assertThatThrownBy(() -> SqlQueryFields.parse("SELECT a FROM t WHERE (a = 1"))
                .isInstanceOf(QuerySyntaxException.class).hasMessage("expected ')' to close '(' but found the end of the query");
    }
}
