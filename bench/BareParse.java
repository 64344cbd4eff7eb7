import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.File;

/**
 * The baseline: one Jackson streaming pass over the file, touching every token and its text,
 * with nothing else. Usage: java -cp target/otelint.jar bench/BareParse.java file.ndjson
 */
public final class BareParse {
    public static void main(String[] args) throws Exception {
        long tokens = 0;
        long chars = 0;
        try (JsonParser p = new JsonFactory().createParser(new File(args[0]))) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                tokens++;
                if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
                    chars += p.getTextLength();
                }
            }
        }
        System.out.println(tokens + " tokens, " + chars + " chars");
    }
}
