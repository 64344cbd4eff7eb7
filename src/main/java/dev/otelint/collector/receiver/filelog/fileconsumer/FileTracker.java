package dev.otelint.collector.receiver.filelog.fileconsumer;

import dev.otelint.collector.component.StorageClient;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * One poll of stanza's file consumer: find the files, recognise each by its fingerprint (a renamed file is
 * the same file; a file whose start changed or that shrank below its offset was truncated and is read from
 * 0), read every file to its end, and read to the end the files that left the globs (rotated away) through
 * the handle of the previous poll. start_at: end skips what the files hold at the first poll only; files
 * that appear later are read from their start. Known files are remembered for three polls.
 */
public final class FileTracker {
    private static final int HISTORY_POLLS = 3;

    private final FileFinder finder;
    private final int fingerprintSize;
    private final boolean startAtBeginning;
    private final ReadSettings read;
    private final Checkpoints checkpoints;
    private List<TrackedFile> current = new ArrayList<>();
    private final Deque<List<TrackedFile>> history = new ArrayDeque<>();
    private boolean firstPoll = true;

    /** @param storage where offsets are checkpointed, or null */
    public FileTracker(FileFinder finder, int fingerprintSize, boolean startAtBeginning, ReadSettings read,
                       StorageClient storage) {
        this.finder = finder;
        this.fingerprintSize = fingerprintSize;
        this.startAtBeginning = startAtBeginning;
        this.read = read;
        this.checkpoints = storage == null ? null : new Checkpoints(storage);
        if (checkpoints != null) {
            history.add(checkpoints.load());
        }
    }

    /** Returns false when delivery stopped (shutdown) part way. */
    public boolean poll(TokenSink sink) throws IOException {
        List<TrackedFile> previous = new ArrayList<>(current);
        List<TrackedFile> seen = new ArrayList<>();
        for (Path path : finder.find()) {
            TrackedFile f = open(path, previous, seen);
            if (f != null) {
                seen.add(f);
            }
        }
        boolean delivered = true;
        for (TrackedFile gone : previous) {
            delivered = delivered && gone.readToEnd(read, sink);
            gone.close();
        }
        for (TrackedFile f : seen) {
            delivered = delivered && f.readToEnd(read, sink);
        }
        history.addFirst(previous);
        while (history.size() > HISTORY_POLLS) {
            history.removeLast();
        }
        current = seen;
        firstPoll = false;
        checkpoint();
        return delivered;
    }

    private TrackedFile open(Path path, List<TrackedFile> previous, List<TrackedFile> seen) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(path, StandardOpenOption.READ);
        } catch (IOException e) {
            return null; // gone or unreadable since it was listed; the next poll tries again
        }
        Fingerprint fp = fingerprint(channel);
        if (fp.isEmpty() || seen.stream().anyMatch(s -> s.fingerprint().equals(fp))) {
            channel.close(); // empty (nothing to identify it by yet), or a second name of a file already read
            return null;
        }
        TrackedFile known = take(previous, fp);
        if (known == null) {
            for (List<TrackedFile> old : history) {
                known = known != null ? known : take(old, fp);
            }
        }
        if (known != null) {
            known.reopen(path, channel, fp);
            return known;
        }
        long offset = firstPoll && !startAtBeginning ? channel.size() : 0;
        return new TrackedFile(path, fp, offset, channel);
    }

    private Fingerprint fingerprint(FileChannel channel) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(fingerprintSize);
        while (buf.hasRemaining() && channel.read(buf, buf.position()) > 0) {
            // fill up to fingerprint_size or the end of the file
        }
        byte[] bytes = new byte[buf.position()];
        buf.flip().get(bytes);
        return new Fingerprint(bytes);
    }

    private static TrackedFile take(List<TrackedFile> files, Fingerprint fp) {
        for (Iterator<TrackedFile> it = files.iterator(); it.hasNext(); ) {
            TrackedFile f = it.next();
            if (fp.startsWith(f.fingerprint())) {
                it.remove();
                return f;
            }
        }
        return null;
    }

    private void checkpoint() {
        if (checkpoints != null) {
            List<TrackedFile> all = new ArrayList<>(current);
            history.forEach(all::addAll);
            checkpoints.save(all);
        }
    }

    /** Closes every handle (shutdown); offsets stay checkpointed. */
    public void close() {
        current.forEach(TrackedFile::close);
    }
}
