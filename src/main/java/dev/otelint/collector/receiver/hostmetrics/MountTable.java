package dev.otelint.collector.receiver.hostmetrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The mounted file systems as gopsutil's disk.Partitions lists them on Linux: from proc/1/mountinfo (the
 * host's init, so that a container given the host's root_path sees the host's mounts), falling back to
 * proc/1/mounts, then this process's own tables. Without {@code all}, only types proc/filesystems does not
 * mark "nodev" (plus zfs) and no "none" device: the physical file systems.
 */
final class MountTable {
    private static final List<String> SOURCES = List.of("1/mountinfo", "1/mounts", "self/mountinfo", "self/mounts");

    private MountTable() {}

    static List<Mount> read(ProcFiles proc, boolean all) throws IOException {
        Set<String> physical = all ? Set.of() : physicalTypes(proc);
        List<Mount> mounts = new ArrayList<>();
        for (Mount m : parse(proc)) {
            if (all || !m.device().equals("none") && physical.contains(m.type())) {
                mounts.add(m);
            }
        }
        return mounts;
    }

    private static List<Mount> parse(ProcFiles proc) throws IOException {
        IOException last = null;
        for (String source : SOURCES) {
            Path file = proc.proc(source);
            try {
                List<String> lines = Files.readAllLines(file);
                return source.endsWith("mountinfo") ? fromMountinfo(lines) : fromMounts(lines);
            } catch (IOException e) {
                last = e;
            }
        }
        throw last;
    }

    /** "36 35 98:0 /mnt1 /mnt/parent rw,noatime master:1 - ext3 /dev/root rw,errors=continue". */
    static List<Mount> fromMountinfo(List<String> lines) {
        List<Mount> mounts = new ArrayList<>();
        for (String line : lines) {
            String[] halves = line.split(" - ", 2);
            if (halves.length != 2) {
                continue;
            }
            String[] mount = ProcFiles.fields(halves[0]);
            String[] fs = ProcFiles.fields(halves[1]);
            List<String> options = new ArrayList<>(Arrays.asList(mount[5].split(",")));
            if (!mount[3].equals("/")) {
                options.add("bind"); // gopsutil marks a mount of a subtree as a bind mount
            }
            mounts.add(new Mount(fs[1], unescape(mount[4]), fs[0], List.copyOf(options)));
        }
        return mounts;
    }

    /** "/dev/sda1 / ext4 rw,relatime 0 0". */
    static List<Mount> fromMounts(List<String> lines) {
        List<Mount> mounts = new ArrayList<>();
        for (String line : lines) {
            String[] f = ProcFiles.fields(line);
            if (f.length >= 4) {
                mounts.add(new Mount(f[0], unescape(f[1]), f[2], List.of(f[3].split(","))));
            }
        }
        return mounts;
    }

    /** The kernel writes space, tab, newline and backslash in paths as octal escapes ("\040"). */
    static String unescape(String path) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\' && i + 3 < path.length() && path.substring(i + 1, i + 4).matches("[0-7]{3}")) {
                out.append((char) Integer.parseInt(path.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Set<String> physicalTypes(ProcFiles proc) throws IOException {
        Set<String> types = new HashSet<>();
        for (String line : proc.lines("filesystems")) {
            String[] f = line.split("\t");
            if (!line.startsWith("nodev")) {
                types.add(line.trim());
            } else if (f.length == 2 && f[1].equals("zfs")) {
                types.add("zfs");
            }
        }
        return types;
    }
}
