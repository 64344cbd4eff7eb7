package dev.otelint.report;

import java.nio.charset.StandardCharsets;

/**
 * A finding's file as a SARIF artifactLocation.uri: a relative URI reference with forward slashes
 * (SARIF 2.1.0 section 3.4.3 wants valid URIs), or a file: URI for an absolute path.
 */
final class ArtifactUri {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ArtifactUri() {}

    static String of(String file) {
        String path = file.replace('\\', '/');
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        if (path.startsWith("/")) {
            return "file://" + encode(path);
        }
        if (isWindowsDrivePath(path)) {
            return "file:///" + path.substring(0, 2) + encode(path.substring(2));
        }
        return encode(path);
    }

    private static boolean isWindowsDrivePath(String path) {
        return path.length() >= 3 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':'
                && path.charAt(2) == '/';
    }

    // RFC 3986 pchar without ':' (a colon in a relative first segment would read as a scheme)
    private static String encode(String path) {
        StringBuilder sb = new StringBuilder(path.length() + 8);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isKept(c)) {
                sb.append((char) c);
            } else {
                sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return sb.toString();
    }

    private static boolean isKept(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "-._~!$&'()*+,;=@/".indexOf(c) >= 0;
    }
}
