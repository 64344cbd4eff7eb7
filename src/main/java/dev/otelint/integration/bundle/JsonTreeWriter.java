package dev.otelint.integration.bundle;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.otelint.records.JsonValue;
import dev.otelint.report.BadInputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a JSON5 tree (the config, a JSON5 mapping) as strict JSON, adding a {@code data} member to the objects
 * at the given JSON pointers. A {@code data} member the file already has is replaced, as Dashboards' pruneConfig
 * removes every {@code data} before it reads a config.
 */
final class JsonTreeWriter {
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?");

    private final String file;
    private final Map<String, InlineData> dataAt;

    /** @param file names the file in errors; @param dataAt the data member to add, by JSON pointer of its object */
    JsonTreeWriter(String file, Map<String, InlineData> dataAt) {
        this.file = file;
        this.dataAt = dataAt;
    }

    void write(JsonValue value, JsonGenerator out) throws IOException {
        write(value, "", out);
    }

    private void write(JsonValue value, String pointer, JsonGenerator out) throws IOException {
        switch (value.kind()) {
            case OBJECT -> writeObject(value, pointer, out);
            case ARRAY -> {
                out.writeStartArray();
                for (int i = 0; i < value.elements().size(); i++) {
                    write(value.elements().get(i), pointer + "/" + i, out);
                }
                out.writeEndArray();
            }
            case STRING -> out.writeString(value.text());
            case INTEGER, DECIMAL -> writeNumber(value, out);
            case BOOLEAN -> out.writeBoolean(value.text().equals("true"));
            case NULL -> out.writeNull();
        }
    }

    private void writeObject(JsonValue value, String pointer, JsonGenerator out) throws IOException {
        InlineData data = dataAt.get(pointer);
        out.writeStartObject();
        for (JsonValue.Member member : value.members()) {
            if (data != null && member.name().equals("data")) {
                continue;
            }
            out.writeFieldName(member.name());
            write(member.value(), pointer + "/" + member.name().replace("~", "~0").replace("/", "~1"), out);
        }
        if (data != null) {
            out.writeFieldName("data");
            data.write(out);
        }
        out.writeEndObject();
    }

    /** JSON5 numbers JSON lacks (0x1F, +1, .5, 5.) become their decimal value; Infinity and NaN have none. */
    private void writeNumber(JsonValue value, JsonGenerator out) throws IOException {
        String literal = value.text();
        if (JSON_NUMBER.matcher(literal).matches()) {
            out.writeNumber(literal);
            return;
        }
        String unsigned = literal.startsWith("+") || literal.startsWith("-") ? literal.substring(1) : literal;
        boolean negative = literal.startsWith("-");
        if (unsigned.startsWith("0x") || unsigned.startsWith("0X")) {
            BigInteger hex = new BigInteger(unsigned.substring(2), 16);
            out.writeNumber(negative ? hex.negate() : hex);
        } else if (unsigned.equals("Infinity") || unsigned.equals("NaN")) {
            throw BadInputException.at(file, value.line(), value.column(),
                    literal + " has no JSON form; Dashboards could not read it from the template");
        } else {
            out.writeNumber(new BigDecimal(literal));
        }
    }
}
