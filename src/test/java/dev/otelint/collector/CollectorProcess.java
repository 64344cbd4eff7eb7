package dev.otelint.collector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.collector.service.telemetry.TelemetryConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * {@code otelint collector run} in its own JVM (the test's class path, so it runs the code under test without
 * a packaged jar): started on a config file, its log in a file, stopped with SIGTERM or killed with SIGKILL.
 * Close stops it gracefully, so that once a try-with-resources block ends its exporters have written out
 * everything its receivers acknowledged (the file exporter holds up to flush_interval of data in memory).
 */
public final class CollectorProcess implements AutoCloseable {
    private static final String READY = "Everything is ready. Begin running and processing data.";
    private static final int STOP_SECONDS = 60;

    private final Process process;
    private final Path log;

    private CollectorProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts a collector on {@code yaml} (written to dir/name.yaml) and waits until it is ready. */
    public static CollectorProcess start(Path dir, String name, String yaml) throws IOException, InterruptedException {
        return start(dir, name, yaml, "256m");
    }

    /** The same, with a maximum heap of {@code heap} (as -Xmx takes it). */
    public static CollectorProcess start(Path dir, String name, String yaml, String heap)
            throws IOException, InterruptedException {
        Path config = dir.resolve(name + ".yaml");
        Files.writeString(config, yaml, StandardCharsets.UTF_8);
        Path log = dir.resolve(name + "-" + System.nanoTime() + ".log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                // each collector serves its own metrics on a free port, not all on the default 8888
                "-D" + TelemetryConfig.DEFAULT_ADDRESS_PROPERTY + "=localhost:0",
                "-cp", System.getProperty("java.class.path"), "dev.otelint.cli.Main",
                "collector", "run", "--config", config.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        CollectorProcess collector = new CollectorProcess(p, log);
        try {
            Await.until(() -> collector.log().contains(READY) || !p.isAlive(), Duration.ofSeconds(60));
            assertThat(p.isAlive()).as("collector %s exited: %s", name, collector.log()).isTrue();
        } catch (AssertionError | InterruptedException e) {
            collector.kill();
            throw e;
        }
        return collector;
    }

    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * SIGTERM, then waits until the process has exited, its graceful shutdown done; one that does not end within
     * 60 s is killed and fails the test, since its output may be cut short.
     */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
            kill();
            throw new AssertionError("collector did not shut down within " + STOP_SECONDS + " s, killed: " + log());
        }
    }

    /** SIGKILL: the JVM gets no chance to shut anything down. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops it gracefully if it still runs (a test that means to lose data calls {@link #kill()}). */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }
}
