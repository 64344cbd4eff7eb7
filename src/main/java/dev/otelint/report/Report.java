package dev.otelint.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The findings of one run plus its counters. Counters cover every finding; only the first
 * {@code maxFindings} are kept for rendering.
 */
public final class Report implements FindingSink {
    private final List<Finding> findings = new ArrayList<>();
    private final int maxFindings;
    private final int[] counts = new int[Severity.values().length];
    private final Set<String> checkedFiles = new LinkedHashSet<>();
    private long files;
    private long records;
    private long objects;
    private boolean countsObjects;

    public Report() {
        this(Integer.MAX_VALUE);
    }

    public Report(int maxFindings) {
        this.maxFindings = maxFindings;
    }

    @Override
    public synchronized void accept(Finding finding) {
        counts[finding.severity().ordinal()]++;
        if (findings.size() < maxFindings) {
            findings.add(finding);
        }
    }

    /** Counts a checked file without a name (it then has no testcase of its own in junit). */
    public synchronized void countFile() { files++; }

    /**
     * Counts a checked file once and remembers its name, so that formats which list every file
     * (junit: a passing testcase per clean file) can show files without findings.
     */
    public synchronized void countFile(String file) {
        if (checkedFiles.add(file)) {
            files++;
        }
    }

    public synchronized void countRecords(long n) { records += n; }

    /**
     * Counts checked objects (check-assets: saved objects and dashboards) instead of records; once called,
     * the text summary speaks of objects. The JSON summary keeps its records key (0 then).
     */
    public synchronized void countObjects(long n) {
        objects += n;
        countsObjects = true;
    }

    public List<Finding> findings() { return Collections.unmodifiableList(findings); }
    /** Names given to {@link #countFile(String)}, in the order they were checked. */
    public synchronized List<String> checkedFiles() { return List.copyOf(checkedFiles); }
    public long files() { return files; }
    public long records() { return records; }
    public long objects() { return objects; }
    /** True when this run counts objects, not records ({@link #countObjects}). */
    public boolean countsObjects() { return countsObjects; }
    public int count(Severity severity) { return counts[severity.ordinal()]; }
    public int total() { return counts[0] + counts[1] + counts[2]; }
    /** Findings counted but not kept because of --max-findings. */
    public int omitted() { return total() - findings.size(); }

    /** True when some finding is at least as severe as {@code threshold}; null threshold means never. */
    public boolean fails(Severity threshold) {
        if (threshold == null) {
            return false;
        }
        for (Severity s : Severity.values()) {
            if (s.atLeast(threshold) && count(s) > 0) {
                return true;
            }
        }
        return false;
    }
}
