package dev.otelint.validate;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import dev.otelint.records.DocumentClues;
import dev.otelint.records.DocumentScreen;
import dev.otelint.records.Signal;
import java.io.IOException;

/**
 * Passes the documents that the mapping rules ({@link MappingValidator}) and the semantic-convention
 * rules ({@link SemconvValidator}) would both find nothing in, reading their tokens once and building
 * no tree: most records of a good file. Whatever it cannot vouch for, it leaves to those validators,
 * which then report exactly as without a screen. Thread-safe.
 */
final class CleanDocumentScreen implements DocumentScreen {

    private final MappingSelector mappings;
    private final SemconvValidator semconv;
    private final MemberPaths paths = new MemberPaths();

    /**
     * @param mappings the mapping per record, or null when mappings are not checked
     * @param semconv  the semantic-convention rules, or null when they are not checked
     */
    CleanDocumentScreen(MappingSelector mappings, SemconvValidator semconv) {
        this.mappings = mappings;
        this.semconv = semconv;
    }

    @Override
    public boolean isClean(JsonParser parser, Signal expected, DocumentClues clues) throws IOException {
        // The mapping depends on the signal, known only after the last member: assume the previous record's.
        MappingValidator assumed = mappings == null ? null : mappings.forSignal(expected);
        MappingScreen mapping = assumed == null ? null : new MappingScreen(assumed.mapping());
        SemconvScreen semconvScreen = semconv == null ? null : semconv.newScreen();
        try {
            new ScreenWalk(parser, mapping, semconvScreen, clues, paths.root(assumed)).walk();
            Signal signal = clues.signal();
            if (mappings != null && mappings.forSignal(signal) != assumed) {
                return false;
            }
            if (mapping != null) {
                mapping.finish();
                int longest = mapping.longestDeferred();
                if (longest < Integer.MAX_VALUE && longest < documentLength(parser)) {
                    return false; // a string taken unread may be longer than its field takes
                }
            }
            if (semconvScreen != null) {
                semconvScreen.finish(signal);
            }
            return true;
        } catch (NotClean e) {
            return false;
        }
    }

    /** At least the length of the document just walked: where it ends in the parser's input. */
    private static long documentLength(JsonParser parser) {
        JsonLocation end = parser.currentLocation();
        long bytes = end.getByteOffset();
        long chars = end.getCharOffset();
        return bytes >= 0 ? bytes : chars >= 0 ? chars : Long.MAX_VALUE;
    }
}
