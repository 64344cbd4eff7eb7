package dev.otelint.collector.exporter.kafka;

import dev.otelint.testing.FreePorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One real Kafka node (KRaft, broker and controller in one process) from the kafka_2.13 test dependency, run
 * as a subprocess on the test classpath, bound to 127.0.0.1 on free ports, its log dir in a temp dir. It can be
 * stopped and started again on the same ports and log dir (the fault tests); close stops it and deletes the dir.
 */
final class KafkaBroker implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private final Path dir;
    private final int port;
    private final Path properties;
    private final Thread shutdownHook = new Thread(this::stop, "kafka-broker-shutdown");
    private Process process;

    private KafkaBroker(Path dir, int port, Path properties) {
        this.dir = dir;
        this.port = port;
        this.properties = properties;
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Formats a new log dir and starts the node; {@code partitions} is the default for auto-created topics. */
    static KafkaBroker start(int partitions) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("otelint-kafka-");
        KafkaBroker broker;
        try {
            int port = freePort();
            int controllerPort = freePort();
            Path properties = dir.resolve("server.properties");
            Files.writeString(properties, String.join("\n",
                    "process.roles=broker,controller",
                    "node.id=1",
                    "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                    "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                    "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                    "controller.listener.names=CONTROLLER",
                    "inter.broker.listener.name=PLAINTEXT",
                    "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                    "log.dirs=" + dir.resolve("data"),
                    "num.partitions=" + partitions,
                    "auto.create.topics.enable=true",
                    "offsets.topic.replication.factor=1",
                    "transaction.state.log.replication.factor=1",
                    "transaction.state.log.min.isr=1",
                    "share.coordinator.state.topic.replication.factor=1",
                    "group.initial.rebalance.delay.ms=0",
                    // a 2 MB message limit, so a test can send one the broker refuses as too large
                    "message.max.bytes=2000000",
                    ""), StandardCharsets.UTF_8);
            run(dir, "format", "kafka.tools.StorageTool", "format", "--config", properties.toString(),
                    "--cluster-id", clusterId(), "--ignore-formatted");
            broker = new KafkaBroker(dir, port, properties);
        } catch (IOException | RuntimeException | InterruptedException e) {
            delete(dir);
            throw e;
        }
        try {
            broker.restart();
            return broker;
        } catch (IOException | RuntimeException | InterruptedException e) {
            broker.close();
            throw e;
        }
    }

    /** host:port of the PLAINTEXT listener. */
    String bootstrap() {
        return "127.0.0.1:" + port;
    }

    /** Starts the node again (same ports, same log dir) and waits until its listener answers. */
    synchronized void restart() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("the broker is running");
        }
        process = java("broker", "kafka.Kafka", properties.toString()).start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!listening()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka exited with code " + process.exitValue() + ":\n" + console("broker"));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Kafka did not listen within " + START_TIMEOUT + ":\n" + console("broker"));
            }
            Thread.sleep(100);
        }
    }

    /** Stops the node (SIGTERM, then SIGKILL after a while); the log dir stays. */
    synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    @Override
    public void close() {
        stop();
        delete(dir);
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs stop() itself
        }
    }

    private boolean listening() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private String console(String name) {
        try {
            List<String> lines = Files.readAllLines(dir.resolve(name + ".log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no console output: " + e.getMessage() + ")";
        }
    }

    private ProcessBuilder java(String name, String mainClass, String... args) {
        return java(dir, name, mainClass, args);
    }

    private static ProcessBuilder java(Path dir, String name, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Xss1m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + dir, "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve(name + ".log").toFile()));
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        return pb;
    }

    private static void run(Path dir, String name, String mainClass, String... args) throws IOException, InterruptedException {
        Process p = java(dir, name, mainClass, args).start();
        if (!p.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(mainClass + " did not finish within " + START_TIMEOUT);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException(mainClass + " exited with " + p.exitValue() + ": "
                    + Files.readString(dir.resolve(name + ".log")));
        }
    }

    /** A Kafka cluster id: 16 random bytes in URL-safe base64 without padding. */
    private static String clusterId() {
        UUID uuid = UUID.randomUUID();
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(16);
        bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    private static int freePort() {
        return FreePorts.pick();
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
