package dev.otelint.collector.receiver.filelog.fileconsumer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A file being followed: its fingerprint, how far it has been read, and the handle it was last opened
 * with (kept until the next poll, so a file renamed away can still be read to its end).
 */
public final class TrackedFile {
    private Path path;
    private Fingerprint fingerprint;
    private long offset;
    private FileChannel channel;
    private long partialSince = -1;
    private long partialSize = -1;

    TrackedFile(Path path, Fingerprint fingerprint, long offset, FileChannel channel) {
        this.path = path;
        this.fingerprint = fingerprint;
        this.offset = offset;
        this.channel = channel;
    }

    public Path path() {
        return path;
    }

    public Fingerprint fingerprint() {
        return fingerprint;
    }

    public long offset() {
        return offset;
    }

    /** The same file seen again in a new poll, maybe under a new name and grown; a shrunk file was truncated. */
    void reopen(Path newPath, FileChannel newChannel, Fingerprint newFingerprint) throws IOException {
        close();
        path = newPath;
        channel = newChannel;
        fingerprint = newFingerprint;
        if (newChannel.size() < offset) {
            offset = 0; // truncated below what was read: read it again from the start
        }
    }

    void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // closing a read handle: nothing to lose
            }
            channel = null;
        }
    }

    /** Reads from the offset to the end, handing entries to {@code sink}; returns false if delivery stopped. */
    boolean readToEnd(ReadSettings settings, TokenSink sink) throws IOException {
        if (channel == null) {
            return true;
        }
        byte[] buf = new byte[settings.maxLogSize()];
        int len = 0;
        long readPos = offset;
        while (true) {
            int n = channel.read(ByteBuffer.wrap(buf, len, buf.length - len), readPos);
            if (n > 0) {
                len += n;
                readPos += n;
            }
            boolean eof = n < 0 || readPos >= channel.size();
            int consumed = split(buf, len, eof, settings, sink);
            if (!sink.flush()) {
                return false;
            }
            offset += consumed;
            System.arraycopy(buf, consumed, buf, 0, len - consumed);
            len -= consumed;
            if (eof) {
                return true;
            }
        }
    }

    /** Hands the complete entries in buf to the sink; returns the bytes they took. */
    private int split(byte[] buf, int len, boolean eof, ReadSettings settings, TokenSink sink) {
        int complete = completeUtf8(buf, len);
        String text = new String(buf, 0, complete, StandardCharsets.UTF_8);
        boolean flushPartial = eof && partialDue(len, settings);
        int chars = 0;
        int bytes = 0;
        Splitter.Token t;
        while ((t = settings.splitter().next(text, chars, flushPartial)) != null) {
            bytes += utf8Length(text, chars, chars + t.advance());
            chars += t.advance();
            emit(sink, t.text());
        }
        if (bytes == 0 && len == buf.length) {
            emit(sink, text); // an entry longer than max_log_size: cut here, the rest is the next entry
            bytes = complete;
        }
        return bytes;
    }

    /** True when the unterminated data at the end has not changed for force_flush_period. */
    private boolean partialDue(int len, ReadSettings settings) {
        long now = System.nanoTime();
        long size = offset + len;
        if (len == 0) {
            partialSince = -1;
            return false;
        }
        if (size != partialSize) {
            partialSize = size;
            partialSince = now;
        }
        return now - partialSince >= settings.forceFlushPeriod().toNanos();
    }

    private void emit(TokenSink sink, String token) {
        String trimmed = Splitter.trim(token);
        if (!trimmed.isEmpty()) {
            sink.token(this, trimmed);
        }
    }

    /** The length of buf's prefix that ends on a whole UTF-8 character. */
    private static int completeUtf8(byte[] buf, int len) {
        int i = len - 1;
        int back = 0;
        while (i >= 0 && back < 4 && (buf[i] & 0xC0) == 0x80) {
            i--;
            back++;
        }
        if (i < 0) {
            return len;
        }
        int lead = buf[i] & 0xFF;
        int need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        return len - i >= need ? len : i;
    }

    private static int utf8Length(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
