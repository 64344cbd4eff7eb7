package dev.otelint.assets.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The index fields a Painless script reads through doc values: {@code doc['name']} and
 * {@code doc["name"]}. Everything else a script names (params, variables, runtime fields it emits)
 * is not an index field.
 */
public final class PainlessDocReads {
    // doc [ 'name' ] with either quote; a backslash escapes the next character inside the name
    private static final Pattern DOC_READ = Pattern.compile("\\bdoc\\s*\\[\\s*(['\"])((?:\\\\.|(?!\\1)[^\\\\])*)\\1\\s*]");

    private PainlessDocReads() {}

    /** The fields {@code source} reads, with the offset and length of each name as written (quotes excluded). */
    public static List<QueryField> of(String source) {
        List<QueryField> fields = new ArrayList<>();
        Matcher m = DOC_READ.matcher(source);
        while (m.find()) {
            String written = m.group(2);
            fields.add(new QueryField(written.replaceAll("\\\\(.)", "$1"), m.start(2), written.length(),
                    FieldRole.EXPRESSION, "script"));
        }
        return fields;
    }
}
