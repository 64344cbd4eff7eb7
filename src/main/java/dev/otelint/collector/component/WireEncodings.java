package dev.otelint.collector.component;

import com.google.protobuf.Message;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The protobuf encoding of messages that arrived encoded (a receiver's request body) or were joined from such
 * messages (the batch processor), so that an exporter sending protobuf reuses those bytes instead of encoding
 * the message again: protobuf-java re-encodes every string, most of a pass-through pipeline's CPU. Sound because
 * messages are immutable: a processor that changes data builds a new message, which has no entry. Keys are weak
 * and compared by identity; an entry goes when its message is collected.
 */
public final class WireEncodings {
    private static final Map<Key, Encoding> KNOWN = new ConcurrentHashMap<>();
    private static final ReferenceQueue<Message> COLLECTED = new ReferenceQueue<>();

    private WireEncodings() {}

    /** {@code bytes} is the encoding {@code message} was parsed from; the caller no longer changes them. */
    public static void remember(Message message, byte[] bytes) {
        remember(message, new Encoding(bytes, null, null, bytes.length));
    }

    /** {@code joined} holds the resources of {@code first} then {@code second}; protobuf encodes that as their concatenation. */
    static void rememberJoined(Message joined, Message first, Message second) {
        if (!second.getUnknownFields().asMap().isEmpty()) { // the join keeps only the second's resources
            return;
        }
        Encoding a = KNOWN.get(new Probe(first));
        Encoding b = a == null ? null : KNOWN.get(new Probe(second));
        if (b != null && (long) a.length + b.length <= Integer.MAX_VALUE) {
            remember(joined, new Encoding(null, a, b, a.length + b.length));
        }
    }

    /** The encoding of {@code message} when known, else null. */
    public static byte[] of(Message message) {
        Encoding e = KNOWN.get(new Probe(message));
        return e == null ? null : e.flatten();
    }

    private static void remember(Message message, Encoding encoding) {
        for (Object gone = COLLECTED.poll(); gone != null; gone = COLLECTED.poll()) {
            KNOWN.remove(gone);
        }
        KNOWN.put(new WeakKey(message), encoding);
    }

    /** The bytes of one message, or two encodings one after the other (a batch is a chain of these). */
    private record Encoding(byte[] bytes, Encoding first, Encoding second, int length) {
        byte[] flatten() {
            if (bytes != null) {
                return bytes;
            }
            byte[] out = new byte[length];
            int at = 0;
            Deque<Encoding> todo = new ArrayDeque<>();
            todo.push(this);
            while (!todo.isEmpty()) {
                Encoding e = todo.pop();
                if (e.bytes != null) {
                    System.arraycopy(e.bytes, 0, out, at, e.bytes.length);
                    at += e.bytes.length;
                } else {
                    todo.push(e.second);
                    todo.push(e.first);
                }
            }
            return out;
        }
    }

    private interface Key {
        Object message();
    }

    private static final class WeakKey extends WeakReference<Message> implements Key {
        private final int hash;

        WeakKey(Message message) {
            super(message, COLLECTED);
            hash = System.identityHashCode(message);
        }

        @Override
        public Object message() {
            return get();
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Key k && k.message() != null && k.message() == get();
        }
    }

    private record Probe(Message message) implements Key {
        @Override
        public int hashCode() {
            return System.identityHashCode(message);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.message() == message;
        }
    }
}
