package dev.otelint.validate.values;

import dev.otelint.records.JsonValue;

/**
 * The ip type (OpenSearch IpFieldMapper with InetAddresses.forString, a Guava fork): dotted-quad
 * IPv4 without leading zeros, IPv6 with at most one "::", an embedded IPv4 tail, and a "%scope"
 * suffix on IPv6 that is not checked. Digits are judged with Character.digit, so non-ASCII
 * digits count, as they do in OpenSearch.
 */
public final class IpValues implements FieldType {

    public static final IpValues INSTANCE = new IpValues();

    private static final int IPV6_PARTS = 8;

    private IpValues() {}

    @Override
    public String typeName() {
        return "ip";
    }

    @Override
    public Outcome check(JsonValue value) {
        if (value.isNull()) {
            return Outcome.OK;
        }
        if (value.isObject()) {
            // textOrNull on START_OBJECT throws IllegalStateException, which ignore_malformed does not catch
            return Outcome.REJECTED;
        }
        return isIpLiteral(value.text()) ? Outcome.OK : Outcome.MALFORMED;
    }

    @Override
    public String explain(JsonValue value, Outcome outcome) {
        if (value.isObject()) {
            return "an object cannot be indexed into the ip field";
        }
        return "'" + value.text() + "' is not an IP string literal";
    }

    /** True when InetAddresses.forString accepts {@code ip}. */
    public static boolean isIpLiteral(String ip) {
        boolean hasColon = false;
        boolean hasDot = false;
        int percent = -1;
        for (int i = 0; i < ip.length(); i++) {
            char c = ip.charAt(i);
            if (c == '.') {
                hasDot = true;
            } else if (c == ':') {
                if (hasDot) {
                    return false; // colons must not follow dots
                }
                hasColon = true;
            } else if (c == '%') {
                percent = i;
                break; // the scope id is not checked
            } else if (Character.digit(c, 16) == -1) {
                return false;
            }
        }
        if (hasColon) {
            String text = ip;
            if (hasDot) {
                text = dottedQuadToHex(text);
                if (text == null) {
                    return false;
                }
            }
            // as upstream, the percent index is taken from the original string
            if (percent == text.length() - 1) {
                return false;
            }
            if (percent != -1) {
                text = text.substring(0, percent);
            }
            return isIpv6(text);
        }
        return hasDot && ipv4(ip) != null;
    }

    private static String dottedQuadToHex(String ip) {
        int lastColon = ip.lastIndexOf(':');
        int[] quad = ipv4(ip.substring(lastColon + 1));
        if (quad == null) {
            return null;
        }
        String penultimate = Integer.toHexString((quad[0] << 8) | quad[1]);
        String ultimate = Integer.toHexString((quad[2] << 8) | quad[3]);
        return ip.substring(0, lastColon + 1) + penultimate + ":" + ultimate;
    }

    /** The four octets of a dotted quad (split at '.', exactly four parts), or null. */
    private static int[] ipv4(String text) {
        int[] octets = new int[4];
        int start = 0;
        for (int part = 0; part < 4; part++) {
            int end = text.indexOf('.', start);
            if (part == 3) {
                if (end >= 0) {
                    return null; // a fifth part
                }
                end = text.length();
            } else if (end < 0) {
                return null;
            }
            int octet = parseOctet(text, start, end);
            if (octet < 0) {
                return null;
            }
            octets[part] = octet;
            start = end + 1;
        }
        return octets;
    }

    private static boolean isIpv6(String text) {
        String[] parts = text.split(":", IPV6_PARTS + 2);
        if (parts.length < 3 || parts.length > IPV6_PARTS + 1) {
            return false;
        }
        int skipIndex = -1;
        for (int i = 1; i < parts.length - 1; i++) {
            if (parts[i].isEmpty()) {
                if (skipIndex >= 0) {
                    return false; // at most one "::"
                }
                skipIndex = i;
            }
        }
        int partsHi;
        int partsLo;
        if (skipIndex >= 0) {
            partsHi = skipIndex;
            partsLo = parts.length - skipIndex - 1;
            if (parts[0].isEmpty() && --partsHi != 0) {
                return false; // a leading ":" needs "::"
            }
            if (parts[parts.length - 1].isEmpty() && --partsLo != 0) {
                return false; // a trailing ":" needs "::"
            }
        } else {
            partsHi = parts.length;
            partsLo = 0;
        }
        int partsSkipped = IPV6_PARTS - (partsHi + partsLo);
        if (skipIndex >= 0 ? partsSkipped < 1 : partsSkipped != 0) {
            return false;
        }
        for (int i = 0; i < partsHi; i++) {
            if (!isHextet(parts[i])) {
                return false;
            }
        }
        for (int i = parts.length - partsLo; i < parts.length; i++) {
            if (!isHextet(parts[i])) {
                return false;
            }
        }
        return true;
    }

    /** Integer.parseInt(part, 16) <= 0xffff, any number of (leading zero) digits. */
    private static boolean isHextet(String part) {
        if (part.isEmpty()) {
            return false;
        }
        long value = 0;
        for (int i = 0; i < part.length(); i++) {
            int digit = Character.digit(part.charAt(i), 16);
            if (digit < 0) {
                return false;
            }
            value = value * 16 + digit;
            if (value > 0xffff) {
                return false;
            }
        }
        return true;
    }

    /** Integer.parseInt of text[from, to) as an octet, or -1; leading zeros are refused (octal or decimal?). */
    private static int parseOctet(String text, int from, int to) {
        if (from == to || (to - from > 1 && text.charAt(from) == '0')) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = Character.digit(text.charAt(i), 10);
            if (digit < 0) {
                return -1;
            }
            value = value * 10 + digit;
            if (value > 255) {
                return -1;
            }
        }
        return value;
    }
}
