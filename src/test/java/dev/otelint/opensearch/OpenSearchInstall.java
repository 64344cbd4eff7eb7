package dev.otelint.opensearch;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** An unpacked OpenSearch home with its own data, log and tmp dirs under one temp root. */
final class OpenSearchInstall {

    private final Path root;
    private final Path home;

    private OpenSearchInstall(Path root, Path home) {
        this.root = root;
        this.home = home;
    }

    static OpenSearchInstall unpack(OpenSearchDistribution dist) throws IOException {
        Path root = Files.createTempDirectory("otelint-opensearch-");
        try {
            unzip(dist.zip(), root);
            Path home = root.resolve("opensearch-" + dist.version());
            markExecutable(home.resolve("bin"));
            addMapperExtrasModule(home, dist);
            for (String dir : new String[] {"data", "logs", "tmp"}) {
                Files.createDirectories(root.resolve(dir));
            }
            return new OpenSearchInstall(root, home);
        } catch (IOException | RuntimeException e) {
            Directories.deleteRecursively(root);
            throw e;
        }
    }

    Path root() { return root; }
    Path home() { return home; }
    Path data() { return root.resolve("data"); }
    Path logs() { return root.resolve("logs"); }
    Path tmp() { return root.resolve("tmp"); }
    /** Standard output and error of the OpenSearch process. */
    Path console() { return root.resolve("console.log"); }

    void delete() {
        Directories.deleteRecursively(root);
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Path out = target.resolve(e.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException(zip + ": entry escapes the target dir: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    // java.util.zip drops Unix modes; the launch scripts need the x bit.
    private static void markExecutable(Path bin) throws IOException {
        try (Stream<Path> files = Files.list(bin)) {
            files.filter(p -> !p.getFileName().toString().endsWith(".bat")
                    && !p.getFileName().toString().endsWith(".exe"))
                    .forEach(p -> p.toFile().setExecutable(true, false));
        }
    }

    /**
     * The full OpenSearch distribution ships scaled_float in the mapper-extras module; the integ-test
     * zip leaves modules out, so the module is rebuilt from its published jar plus a plugin descriptor.
     */
    private static void addMapperExtrasModule(Path home, OpenSearchDistribution dist) throws IOException {
        Path module = Files.createDirectories(home.resolve("modules").resolve("mapper-extras"));
        Files.copy(dist.mapperExtrasJar(), module.resolve(dist.mapperExtrasJar().getFileName()));
        Properties descriptor = new Properties();
        descriptor.setProperty("name", "mapper-extras");
        descriptor.setProperty("description", "Adds advanced field mappers");
        descriptor.setProperty("version", dist.version());
        descriptor.setProperty("opensearch.version", dist.version());
        descriptor.setProperty("java.version", "11");
        descriptor.setProperty("classname", "org.opensearch.index.mapper.MapperExtrasPlugin");
        descriptor.setProperty("custom.foldername", "");
        descriptor.setProperty("extended.plugins", "");
        descriptor.setProperty("has.native.controller", "false");
        try (Writer w = Files.newBufferedWriter(module.resolve("plugin-descriptor.properties"))) {
            descriptor.store(w, null);
        }
    }

    /** The last {@code lines} lines of a log file, or a note that it is missing. */
    static String tail(Path file, int lines) {
        if (!Files.isRegularFile(file)) {
            return "(no " + file + ")";
        }
        try {
            String[] all = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n");
            int from = Math.max(0, all.length - lines);
            return String.join("\n", Arrays.copyOfRange(all, from, all.length));
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }
}
