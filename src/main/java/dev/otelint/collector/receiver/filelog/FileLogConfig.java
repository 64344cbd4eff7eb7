package dev.otelint.collector.receiver.filelog;

import dev.otelint.collector.component.ConfigKey;
import dev.otelint.collector.component.ValidatedConfig;
import dev.otelint.collector.config.ConfigNode;
import dev.otelint.collector.receiver.filelog.expr.GoRegex;
import dev.otelint.collector.receiver.filelog.fileconsumer.FileFinder;
import dev.otelint.collector.receiver.filelog.fileconsumer.Splitter;
import dev.otelint.collector.receiver.filelog.operator.OperatorPipeline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The filelog receiver's settings, with stanza's names, defaults and checks. */
public final class FileLogConfig implements ValidatedConfig {
    @ConfigKey("include")
    public List<String> include = new ArrayList<>();

    @ConfigKey("exclude")
    public List<String> exclude = new ArrayList<>();

    /** beginning or end (default): where to start in the files found at the first poll. */
    @ConfigKey("start_at")
    public String startAt = "end";

    @ConfigKey("poll_interval")
    public Duration pollInterval = Duration.ofMillis(200);

    /** fileconsumer: the default fingerprint is the first 1000 bytes ("1kb"); at least 16. */
    @ConfigKey("fingerprint_size")
    public ConfigNode fingerprintSize;

    /** fileconsumer: 1MiB; a longer entry is split. */
    @ConfigKey("max_log_size")
    public ConfigNode maxLogSize;

    @ConfigKey("include_file_name")
    public boolean includeFileName = true;

    @ConfigKey("include_file_path")
    public boolean includeFilePath;

    @ConfigKey("include_file_name_resolved")
    public boolean includeFileNameResolved;

    @ConfigKey("include_file_path_resolved")
    public boolean includeFilePathResolved;

    @ConfigKey("multiline")
    public MultilineConfig multiline;

    @ConfigKey("encoding")
    public String encoding = "utf-8";

    /** How long a last line without newline waits before it is emitted as it is. */
    @ConfigKey("force_flush_period")
    public Duration forceFlushPeriod = Duration.ofMillis(500);

    /** The id of a storage extension (file_storage) to checkpoint offsets in. */
    @ConfigKey("storage")
    public String storage;

    @ConfigKey("operators")
    public ConfigNode operators;

    /** Attributes and resource attributes added to every entry (string values). */
    @ConfigKey("attributes")
    public ConfigNode attributes;

    @ConfigKey("resource")
    public ConfigNode resource;

    /** stanza reads up to this many files at once; otelint reads them one after another. */
    @ConfigKey("max_concurrent_files")
    public int maxConcurrentFiles = 1024;

    @ConfigKey(value = "delete_after_read", supported = false)
    public boolean deleteAfterRead;

    /** Every problem, joined: unlike the collector, which stops at the first, otelint reports them all. */
    @Override
    public void validate() {
        List<String> problems = new ArrayList<>();
        check(problems, () -> {
            if (include.isEmpty()) {
                throw new IllegalArgumentException("'include' must be specified");
            }
            new FileFinder(include, exclude); // a glob that does not compile throws here
        });
        check(problems, () -> {
            if (!startAt.equals("beginning") && !startAt.equals("end")) {
                throw new IllegalArgumentException("invalid start_at location '" + startAt + "'");
            }
        });
        check(problems, () -> {
            if (fingerprintBytes() < 16) {
                throw new IllegalArgumentException("'fingerprint_size' must be at least 16 bytes");
            }
        });
        check(problems, () -> {
            if (maxLogBytes() <= 0 || maxLogBytes() > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("'max_log_size' must be positive and under 2GiB");
            }
        });
        check(problems, () -> {
            if (!encoding.equalsIgnoreCase("utf-8") && !encoding.equalsIgnoreCase("utf8")) {
                throw new IllegalArgumentException("unsupported encoding '" + encoding + "' (otelint reads utf-8)");
            }
        });
        check(problems, () -> {
            if (maxConcurrentFiles <= 1) {
                throw new IllegalArgumentException("'max_concurrent_files' must be greater than 1");
            }
        });
        check(problems, this::splitter);
        check(problems, () -> OperatorPipeline.build(operators, (id, message) -> { }));
        check(problems, () -> EntryDecoration.strings(attributes, "attributes"));
        check(problems, () -> EntryDecoration.strings(resource, "resource"));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    private static void check(List<String> problems, Runnable check) {
        try {
            check.run();
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
    }

    int fingerprintBytes() {
        return fingerprintSize == null ? 1000 : (int) Math.min(ByteSize.parse(fingerprintSize, "fingerprint_size"),
                Integer.MAX_VALUE);
    }

    int maxLogBytes() {
        return maxLogSize == null ? 1024 * 1024 : (int) Math.min(ByteSize.parse(maxLogSize, "max_log_size"),
                Integer.MAX_VALUE);
    }

    Splitter splitter() {
        if (multiline == null) {
            return Splitter.newline();
        }
        boolean start = !multiline.lineStartPattern.isEmpty();
        boolean end = !multiline.lineEndPattern.isEmpty();
        if (start == end) {
            throw new IllegalArgumentException(start
                    ? "only one of line_start_pattern or line_end_pattern can be set"
                    : "one of line_start_pattern or line_end_pattern must be set");
        }
        Pattern p = GoRegex.compile(start ? multiline.lineStartPattern : multiline.lineEndPattern).pattern();
        Pattern multilineMode = Pattern.compile(p.pattern(), p.flags() | Pattern.MULTILINE);
        return start ? Splitter.lineStart(multilineMode) : Splitter.lineEnd(multilineMode);
    }
}
