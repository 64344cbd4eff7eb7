package dev.otelint.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The finding groups of one file (null: findings that belong to no file). */
record FileFindings(String file, List<FindingGroup> groups) {

    /** Splits findings that are already in {@link FindingOrder} per file, then groups each file's findings. */
    static List<FileFindings> of(List<Finding> sorted) {
        List<FileFindings> files = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= sorted.size(); i++) {
            if (i == sorted.size() || !Objects.equals(sorted.get(i).file(), sorted.get(start).file())) {
                List<Finding> run = sorted.subList(start, i);
                files.add(new FileFindings(run.get(0).file(), FindingGroup.of(run)));
                start = i;
            }
        }
        return files;
    }

    /** Findings of this severity in the file, counting every member of every group. */
    int count(Severity severity) {
        int n = 0;
        for (FindingGroup g : groups) {
            if (g.first().severity() == severity) {
                n += g.size();
            }
        }
        return n;
    }
}
