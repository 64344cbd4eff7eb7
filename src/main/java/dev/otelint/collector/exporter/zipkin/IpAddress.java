package dev.otelint.collector.exporter.zipkin;

import java.util.Arrays;
import java.util.Optional;

/**
 * An IP address read and written as Go's net package does (net.ParseIP, IP.String()), without any name lookup:
 * dotted IPv4 without leading zeros, RFC 4291 IPv6 (an IPv4 tail allowed, no zone), written back in RFC 5952 form.
 */
record IpAddress(byte[] bytes) {
    private static final byte[] V4_IN_V6 = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff};

    /** The address, or empty when Go's net.ParseIP would return nil. */
    static Optional<IpAddress> parse(String text) {
        byte[] parsed = text.indexOf(':') >= 0 ? v6(text) : v4(text);
        return parsed == null ? Optional.empty() : Optional.of(new IpAddress(parsed));
    }

    private static byte[] v4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            // Go (since 1.17) rejects leading zeros, which other parsers read as octal
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)
                    || p.length() > 1 && p.charAt(0) == '0' || Integer.parseInt(p) > 255) {
                return null;
            }
            out[i] = (byte) Integer.parseInt(p);
        }
        return out;
    }

    private static byte[] v6(String text) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        byte[] head = gap < 0 ? groups(text) : gap == 0 ? new byte[0] : groups(text.substring(0, gap));
        byte[] tail = gap < 0 ? new byte[0] : gap + 2 == text.length() ? new byte[0] : groups(text.substring(gap + 2));
        if (head == null || tail == null || gap < 0 && head.length != 16 || gap >= 0 && head.length + tail.length > 14) {
            return null;
        }
        byte[] out = new byte[16];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(tail, 0, out, 16 - tail.length, tail.length);
        return out;
    }

    /** Colon-separated hex groups, the last one possibly a dotted IPv4 address. */
    private static byte[] groups(String text) {
        String[] parts = text.split(":", -1);
        byte[] out = new byte[parts.length * 2 + 2];
        int n = 0;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (i == parts.length - 1 && p.indexOf('.') >= 0) {
                byte[] v4 = v4(p);
                if (v4 == null) {
                    return null;
                }
                System.arraycopy(v4, 0, out, n, 4);
                n += 4;
            } else if (p.isEmpty() || p.length() > 4 || !p.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return null;
            } else {
                int group = Integer.parseInt(p, 16);
                out[n++] = (byte) (group >>> 8);
                out[n++] = (byte) group;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The address as 16 bytes (an IPv4 address in its ::ffff: form), as Go's IP.To16. */
    static byte[] sixteenBytes(byte[] ip) {
        if (ip.length == 16) {
            return ip;
        }
        byte[] out = Arrays.copyOf(V4_IN_V6, 16);
        System.arraycopy(ip, 0, out, 12, 4);
        return out;
    }

    /** True for a 16-byte address that is not an IPv4 address in IPv6 form. */
    boolean isV6() {
        return bytes.length == 16 && !Arrays.equals(bytes, 0, 12, V4_IN_V6, 0, 12);
    }

    /** Go's IP.String(): dotted for IPv4 (also in IPv6 form), else RFC 5952 (longest zero run as "::"). */
    @Override
    public String toString() {
        if (!isV6()) {
            int o = bytes.length - 4;
            return (bytes[o] & 0xff) + "." + (bytes[o + 1] & 0xff) + "." + (bytes[o + 2] & 0xff) + "." + (bytes[o + 3] & 0xff);
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = (bytes[2 * i] & 0xff) << 8 | bytes[2 * i + 1] & 0xff;
        }
        int bestStart = -1;
        int bestLength = 1; // a single zero group is written as 0, not ::
        for (int i = 0; i < 8; i++) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = Math.max(i, j);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLength - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(groups[i]));
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpAddress other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
