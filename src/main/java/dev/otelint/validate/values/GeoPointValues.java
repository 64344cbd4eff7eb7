package dev.otelint.validate.values;

import dev.otelint.records.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * The geo_point type (OpenSearch GeoPointFieldMapper with GeoUtils/GeoPoint parsing). A value is
 * an object {lat, lon}, {geohash} or GeoJSON {type: Point, coordinates}; a string "lat,lon[,z]",
 * a WKT POINT or a geohash; an array [lon, lat(, z)]; or an array of such points. Latitude must be
 * in [-90, 90] and longitude in [-180, 180]; with ignore_malformed any failure drops the value.
 */
public final class GeoPointValues implements FieldType {

    private static final String GEOHASH_CHARS = "0123456789bcdefghjkmnpqrstuvwxyz";

    private final boolean ignoreZValue;

    public GeoPointValues(boolean ignoreZValue) {
        this.ignoreZValue = ignoreZValue;
    }

    @Override
    public String typeName() {
        return "geo_point";
    }

    @Override
    public String expected() {
        return "geo_point ({lat, lon}, \"lat,lon\", geohash, POINT (lon lat) or [lon, lat])";
    }

    @Override
    public boolean parsesArrays() {
        return true;
    }

    @Override
    public Outcome check(JsonValue value) {
        return problem(value) == null ? Outcome.OK : Outcome.MALFORMED;
    }

    @Override
    public String explain(JsonValue value, Outcome outcome) {
        String problem = problem(value);
        return problem == null ? "" : problem;
    }

    /** Why the value is not a geo_point, or null when it is one. */
    String problem(JsonValue value) {
        switch (value.kind()) {
            case NULL:
                return null;
            case ARRAY:
                return arrayProblem(value.elements());
            default:
                return pointProblem(value);
        }
    }

    private String arrayProblem(List<JsonValue> elements) {
        if (!elements.isEmpty() && elements.get(0).isNumber()) {
            return coordinatesProblem(elements);
        }
        for (JsonValue element : elements) {
            String problem = pointProblem(element);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** [lon, lat(, z)] read by the mapper: lat may be a numeric string, z must be a JSON number. */
    private String coordinatesProblem(List<JsonValue> elements) {
        if (elements.size() < 2) {
            return "a coordinate array needs a longitude and a latitude";
        }
        Double lon = number(elements.get(0));
        Double lat = number(elements.get(1));
        if (lon == null || lat == null) {
            return "coordinates must be numbers";
        }
        if (elements.size() == 3 && elements.get(2).isNumber()) {
            if (!ignoreZValue) {
                return zValueProblem();
            }
        } else if (elements.size() > 2) {
            return "a geo_point does not accept more than 3 dimensions";
        }
        return rangeProblem(lat, lon);
    }

    /** One point as GeoUtils.parseGeoPoint reads it: object, string or nested coordinate array. */
    private String pointProblem(JsonValue value) {
        switch (value.kind()) {
            case OBJECT:
                return objectProblem(value);
            case STRING:
                return stringProblem(value.text());
            case ARRAY:
                return nestedArrayProblem(value.elements());
            default:
                return "geo_point expected: an object, a string or an array";
        }
    }

    private String nestedArrayProblem(List<JsonValue> elements) {
        for (JsonValue element : elements) {
            if (!element.isNumber()) {
                return "numeric value expected in a coordinate array";
            }
        }
        if (elements.size() < 2) {
            return "a coordinate array needs at least two values";
        }
        if (elements.size() > 3) {
            return "a geo_point does not accept more than 3 values";
        }
        if (elements.size() == 3 && !ignoreZValue) {
            return zValueProblem();
        }
        return rangeProblem(Double.parseDouble(elements.get(1).text()), Double.parseDouble(elements.get(0).text()));
    }

    private String objectProblem(JsonValue object) {
        List<JsonValue.Member> members = object.members();
        if (members.isEmpty()) {
            return "an empty object is not a geo_point";
        }
        String first = members.get(0).name();
        if (first.equals("lat") || first.equals("lon")) {
            return latLonProblem(members);
        }
        if (first.equals("geohash")) {
            if (members.size() != 1) {
                return "fields must be either [lon|lat], [type|coordinates], or [geohash]";
            }
            JsonValue hash = members.get(0).value();
            return hash.isString() ? geohashProblem(hash.text()) : "geohash must be a string";
        }
        if (first.equals("type") || first.equals("coordinates")) {
            return geoJsonProblem(members);
        }
        return "fields must be either [lon|lat], [type|coordinates], or [geohash]";
    }

    private String latLonProblem(List<JsonValue.Member> members) {
        Double lat = null;
        Double lon = null;
        for (int i = 0; i < members.size(); i++) {
            JsonValue.Member member = members.get(i);
            boolean isLat = member.name().equals("lat");
            if (i >= 2 || (!isLat && !member.name().equals("lon"))) {
                return "fields must be either [lon|lat], [type|coordinates], or [geohash]";
            }
            JsonValue v = member.value();
            if (!v.isNumber() && !v.isString()) {
                return member.name() + " must be a number";
            }
            Double parsed = number(v);
            if (parsed == null) {
                return "[lon] and [lat] must be valid double values";
            }
            if (isLat) {
                lat = parsed;
            } else {
                lon = parsed;
            }
        }
        if (lon == null) {
            return "field [lon] missing";
        }
        if (lat == null) {
            return "field [lat] missing";
        }
        return rangeProblem(lat, lon);
    }

    private String geoJsonProblem(List<JsonValue.Member> members) {
        boolean hasType = false;
        JsonValue coordinates = null;
        for (int i = 0; i < members.size(); i++) {
            JsonValue.Member member = members.get(i);
            if (i >= 2) {
                return "fields must be either [lon|lat], [type|coordinates], or [geohash]";
            }
            if (member.name().equals("type")) {
                if (!member.value().isString()) {
                    return "type must be a string";
                }
                if (!member.value().text().equalsIgnoreCase("point")) {
                    return "type must be Point";
                }
                hasType = true;
            } else if (member.name().equals("coordinates")) {
                if (!member.value().isArray()) {
                    return "coordinates must be an array";
                }
                coordinates = member.value();
            } else {
                return "fields must be either [lon|lat], [type|coordinates], or [geohash]";
            }
        }
        if (!hasType) {
            return "field [type] missing";
        }
        if (coordinates == null) {
            return "field [coordinates] missing";
        }
        return nestedArrayProblem(coordinates.elements());
    }

    /** GeoPoint.resetFromString: WKT when it mentions "point", "lat,lon[,z]" when it has a comma, else a geohash. */
    private String stringProblem(String text) {
        if (text.toLowerCase(Locale.ROOT).contains("point")) {
            return wktProblem(text);
        }
        if (text.indexOf(',') >= 0) {
            return latLonStringProblem(text);
        }
        return geohashProblem(text);
    }

    private String latLonStringProblem(String text) {
        String[] parts = text.split(",");
        if (parts.length > 3) {
            return "expected 2 or 3 coordinates but found " + parts.length;
        }
        if (parts.length < 2) {
            return "expected a latitude and a longitude";
        }
        Double lat = parseDouble(parts[0].trim());
        if (lat == null) {
            return "latitude must be a number";
        }
        Double lon = parseDouble(parts[1].trim());
        if (lon == null) {
            return "longitude must be a number";
        }
        if (parts.length == 3) {
            if (parseDouble(parts[2].trim()) == null) {
                return "the z value must be a number";
            }
            if (!ignoreZValue) {
                return zValueProblem();
            }
        }
        return rangeProblem(lat, lon);
    }

    /** WKT: POINT EMPTY or POINT (lon lat [z]); text after the closing parenthesis is not read. */
    private String wktProblem(String text) {
        WktReader reader = new WktReader(text);
        String word = reader.word();
        if (!word.equalsIgnoreCase("point")) {
            return "geo_point supports only the WKT type POINT, found [" + word + "]";
        }
        if (reader.peekWord().equalsIgnoreCase("empty")) {
            return null;
        }
        if (!reader.consume('(')) {
            return "invalid WKT: expected '(' after POINT";
        }
        Double lon = reader.number();
        Double lat = lon == null ? null : reader.number();
        if (lon == null || lat == null) {
            return "invalid WKT: expected number";
        }
        Double z = reader.number();
        if (!reader.consume(')')) {
            return "invalid WKT: expected ')'";
        }
        if (z != null && !ignoreZValue) {
            return zValueProblem();
        }
        if (lon < -180 || lon > 180) {
            return "invalid longitude " + lon + "; must be between -180.0 and 180.0";
        }
        if (lat < -90 || lat > 90) {
            return "invalid latitude " + lat + "; must be between -90.0 and 90.0";
        }
        return null;
    }

    private static String geohashProblem(String hash) {
        if (hash.isEmpty()) {
            return "empty geohash";
        }
        for (int i = 0; i < hash.length(); i++) {
            if (GEOHASH_CHARS.indexOf(hash.charAt(i)) < 0) {
                return "unsupported symbol [" + hash.charAt(i) + "] in geohash [" + hash + "]";
            }
        }
        return null;
    }

    private String zValueProblem() {
        return "found a Z value but ignore_z_value is false";
    }

    private static String rangeProblem(double lat, double lon) {
        if (Double.isNaN(lat) || lat < -90 || lat > 90) {
            return "latitude " + lat + " is outside -90..90";
        }
        if (Double.isNaN(lon) || lon < -180 || lon > 180) {
            return "longitude " + lon + " is outside -180..180";
        }
        return null;
    }

    /** parser.doubleValue(): a JSON number, or a string through Double.parseDouble. */
    private static Double number(JsonValue value) {
        if (value.isNumber() || value.isString()) {
            return parseDouble(value.text());
        }
        return null;
    }

    private static Double parseDouble(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A tiny WKT tokenizer: words, numbers and parentheses separated by optional whitespace. */
    private static final class WktReader {
        private final String text;
        private int position;

        WktReader(String text) {
            this.text = text;
        }

        String word() {
            skipSpace();
            int start = position;
            while (position < text.length() && Character.isLetterOrDigit(text.charAt(position))) {
                position++;
            }
            return text.substring(start, position);
        }

        String peekWord() {
            int saved = position;
            String word = word();
            position = saved;
            return word;
        }

        boolean consume(char expected) {
            skipSpace();
            if (position < text.length() && text.charAt(position) == expected) {
                position++;
                return true;
            }
            return false;
        }

        Double number() {
            skipSpace();
            int start = position;
            while (position < text.length() && "0123456789+-.eE".indexOf(text.charAt(position)) >= 0) {
                position++;
            }
            return start == position ? null : parseDouble(text.substring(start, position));
        }

        private void skipSpace() {
            while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
                position++;
            }
        }
    }
}
