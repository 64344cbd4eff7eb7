package dev.otelint.validate.values;

import static dev.otelint.validate.values.V.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** geo_point values as OpenSearch 2.18 parses them (GeoUtils, GeoPoint, the point field mapper). */
class GeoPointValuesTest {

    private static final GeoPointValues GEO = new GeoPointValues(true);
    private static final GeoPointValues NO_Z = new GeoPointValues(false);

    @ParameterizedTest
    @ValueSource(strings = {"{\"lat\":1,\"lon\":2}", "{\"lat\":\"1 \",\"lon\":\" 2\"}", "\"1,2\"", "\" 1 , 2 \"",
        "\"1,2,3\"", "\"1,2,\"", "\"u4pr\"", "\"u4pruydqqvjxuu4pruydqqvjxu\"", "\"1\"", "\"POINT (2 1)\"",
        "\"point(2 1)\"", "\"POINT EMPTY\"", "\"POINT (2 1) x\"", "[2,1]", "[2,\"1\"]", "[2,1,3]",
        "[[2,1],[3,4]]", "[\"2\",\"1\"]", "[{\"lat\":1,\"lon\":2},\"1,2\"]", "[]",
        "{\"type\":\"point\",\"coordinates\":[2,1]}", "{\"geohash\":\"u4pr\"}", "null"})
    void accepted(String literal) {
        assertThat(GEO.check(json(literal))).isEqualTo(Outcome.OK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"lat\":91,\"lon\":2}", "{\"lat\":1}", "{\"lat\":1,\"lon\":2,\"z\":3}", "{}",
        "{\"lat\":null,\"lon\":2}", "{\"lat\":\"0x10\",\"lon\":2}", "\"91,2\"", "\"a,b\"", "\"1,2,3,4\"", "\"1,\"",
        "\"U4PR\"", "\"a\"", "\"\"", "\"POINT (181 1)\"", "\"MULTIPOINT (1 2)\"", "\"POINT (1)\"", "[181,1]", "[2]",
        "[2,1,null]", "[2,1,\"3\"]", "[\"2\",1]", "[[2]]", "[[2,\"1\"]]", "[{\"lat\":1,\"lon\":2},null]", "1",
        "true", "{\"type\":\"LineString\",\"coordinates\":[[2,1],[3,4]]}", "{\"coordinates\":[2,1]}",
        "{\"geohash\":123}", "{\"lat\":1,\"lon\":2,\"geohash\":\"u4\"}", "\"NaN,2\"", "\"1,Infinity\""})
    void refused(String literal) {
        assertThat(GEO.check(json(literal))).isEqualTo(Outcome.MALFORMED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[2,1,3]", "\"1,2,3\"", "\"POINT (2 1 3)\"", "[[2,1,3]]"})
    void zValuesNeedIgnoreZValue(String literal) {
        assertThat(NO_Z.check(json(literal))).isEqualTo(Outcome.MALFORMED);
        assertThat(GEO.check(json(literal))).isEqualTo(Outcome.OK);
    }
}
