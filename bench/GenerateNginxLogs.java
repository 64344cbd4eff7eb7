import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes N nginx-like Simple Schema log records as NDJSON (about 850 bytes each, valid against the catalog's logs template), deterministically.
 * Usage: java bench/GenerateNginxLogs.java N out.ndjson
 */
public final class GenerateNginxLogs {
    private static final String[] METHODS = {"GET", "GET", "GET", "POST", "PUT", "DELETE", "HEAD"};
    private static final String[] PATHS = {"/", "/index.html", "/api/v1/orders", "/static/app.js", "/login", "/health"};
    private static final int[] STATUS = {200, 200, 200, 201, 204, 301, 304, 400, 404, 500, 503};
    private static final String[] AGENTS = {
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 13_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Safari/605.1.15",
        "curl/8.4.0"};

    public static void main(String[] args) throws IOException {
        long n = Long.parseLong(args[0]);
        Random random = new Random(42);
        long start = 1_700_000_000_000L;
        try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (long i = 0; i < n; i++) {
                String ip = (random.nextInt(223) + 1) + "." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256);
                String method = METHODS[random.nextInt(METHODS.length)];
                String path = PATHS[random.nextInt(PATHS.length)];
                int status = STATUS[random.nextInt(STATUS.length)];
                int bytes = random.nextInt(50_000);
                String agent = AGENTS[random.nextInt(AGENTS.length)];
                String ts = java.time.Instant.ofEpochMilli(start + i * 37).toString();
                String body = ip + " - - [19/Jun/2023:16:59:05 +0000] \\\"" + method + " " + path + " HTTP/1.1\\\" "
                        + status + " " + bytes + " \\\"-\\\" \\\"" + agent + "\\\"";
                w.write("{\"@timestamp\":\"" + ts + "\",\"observedTimestamp\":\"" + ts + "\","
                        + "\"traceId\":\"" + hex(random, 32) + "\",\"spanId\":\"" + hex(random, 16) + "\","
                        + "\"severity\":{\"text\":\"INFO\",\"number\":9},"
                        + "\"body\":\"" + body + "\","
                        + "\"attributes\":{\"data_stream\":{\"dataset\":\"nginx.access\",\"namespace\":\"production\",\"type\":\"logs\"}},"
                        + "\"instrumentationScope\":{\"name\":\"filelog\",\"version\":\"0.1.0\"},"
                        + "\"event\":{\"category\":[\"web\"],\"type\":[\"access\"],\"kind\":\"event\",\"result\":\"success\",\"domain\":\"nginx.access\",\"name\":\"access\"},"
                        + "\"communication\":{\"source\":{\"address\":\"127.0.0.1\",\"ip\":\"" + ip + "\"}},"
                        + "\"http\":{\"request\":{\"method\":\"" + method + "\"},\"response\":{\"status_code\":" + status
                        + ",\"bytes\":" + bytes + "},\"user_agent\":{\"original\":\"" + agent + "\"}},"
                        + "\"url\":{\"path\":\"" + path + "\",\"scheme\":\"https\",\"domain\":\"shop.example.com\"}}\n");
            }
        }
    }

    private static String hex(Random random, int digits) {
        StringBuilder sb = new StringBuilder(digits);
        for (int i = 0; i < digits; i++) {
            sb.append(Character.forDigit(random.nextInt(16), 16));
        }
        return sb.toString();
    }
}
