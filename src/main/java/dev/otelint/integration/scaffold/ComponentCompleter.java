package dev.otelint.integration.scaffold;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/** Tab completion of a comma-separated component list: completes the name after the last comma. */
final class ComponentCompleter implements Completer {

    private final List<String> names;

    ComponentCompleter(List<String> names) {
        this.names = List.copyOf(names);
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String word = line.word().substring(0, line.wordCursor());
        String typed = word.substring(word.lastIndexOf(',') + 1);
        String before = word.substring(0, word.length() - typed.length());
        Set<String> listed = new TreeSet<>(ComponentSelection.parseList(before));
        for (String name : names) {
            if (name.startsWith(typed) && !listed.contains(name)) {
                // not "complete": no space is added, so a comma and the next name can follow
                candidates.add(new Candidate(before + name, name, null, null, null, null, false));
            }
        }
    }
}
