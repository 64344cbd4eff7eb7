package dev.otelint.collector.exporter.file;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The exporter's output file, buffered. With rotation (as the collector's lumberjack writer): a write that
 * would take the file past max_megabytes first renames it to NAME-2006-01-02T15-04-05.000.EXT beside it
 * (UTC, or local time) and starts a new one; then backups beyond max_backups, or older than max_days, are
 * removed. Backups are only ever written in the file's own directory.
 */
final class RotatingFile implements Closeable {
    private static final DateTimeFormatter BACKUP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss.SSS");
    private static final int BUFFER = 64 * 1024;
    private static final long MEGABYTE = 1024L * 1024L;

    private final Path path;
    private final RotationConfig rotation;
    private final Clock clock;
    private OutputStream out;
    private long size;

    RotatingFile(Path path, RotationConfig rotation, boolean append, Clock clock) throws IOException {
        this.path = path.toAbsolutePath().normalize();
        this.rotation = rotation;
        this.clock = rotation != null && rotation.localTime ? clock.withZone(ZoneId.systemDefault()) : clock.withZone(ZoneOffset.UTC);
        if (rotation != null && this.path.getParent() != null) {
            Files.createDirectories(this.path.getParent());
        }
        open(append);
    }

    synchronized void write(byte[] bytes) throws IOException {
        if (rotation != null && size > 0 && size + bytes.length > rotation.maxMegabytes * MEGABYTE) {
            rotate();
        }
        out.write(bytes);
        size += bytes.length;
    }

    synchronized void flush() throws IOException {
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }

    private void open(boolean append) throws IOException {
        out = new BufferedOutputStream(Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING), BUFFER);
        size = Files.size(path);
    }

    private void rotate() throws IOException {
        out.close();
        Files.move(path, backupPath(LocalDateTime.now(clock)));
        open(false);
        removeOldBackups();
    }

    private Path backupPath(LocalDateTime time) {
        String[] parts = nameParts();
        Path backup = path.resolveSibling(parts[0] + "-" + BACKUP_TIME.format(time) + parts[1]).normalize();
        if (!backup.getParent().equals(path.getParent())) {
            throw new IllegalStateException("backup " + backup + " would leave " + path.getParent());
        }
        return backup;
    }

    /** The file name before and from its extension: "data.json" -> {"data", ".json"}. */
    private String[] nameParts() {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? new String[] {name.substring(0, dot), name.substring(dot)} : new String[] {name, ""};
    }

    private void removeOldBackups() throws IOException {
        List<Backup> backups = backups();
        backups.sort(Comparator.comparing(Backup::time).reversed());
        LocalDateTime cutoff = rotation.maxDays > 0 ? LocalDateTime.now(clock).minus(Duration.ofDays(rotation.maxDays)) : null;
        for (int i = 0; i < backups.size(); i++) {
            Backup b = backups.get(i);
            if ((rotation.maxBackups > 0 && i >= rotation.maxBackups) || (cutoff != null && b.time().isBefore(cutoff))) {
                Files.deleteIfExists(b.path());
            }
        }
    }

    private record Backup(Path path, LocalDateTime time) {}

    private List<Backup> backups() throws IOException {
        String[] parts = nameParts();
        String prefix = parts[0] + "-";
        List<Backup> backups = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(path.getParent())) {
            for (Path p : dir) {
                String name = p.getFileName().toString();
                if (name.startsWith(prefix) && name.endsWith(parts[1]) && name.length() > prefix.length() + parts[1].length()) {
                    try {
                        String stamp = name.substring(prefix.length(), name.length() - parts[1].length());
                        backups.add(new Backup(p, LocalDateTime.parse(stamp, BACKUP_TIME)));
                    } catch (DateTimeParseException e) {
                        // not one of our backups
                    }
                }
            }
        }
        return backups;
    }
}
