package dev.otelint.opensearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * OpenSearch refuses to start as root (bootstrap check "can not run opensearch as root"), and CI
 * runs as root: then the server runs as an unprivileged system user that this class creates.
 */
final class ServiceUser {

    static final String NAME = "otelint-os";
    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");

    private ServiceUser() {}

    static boolean runningAsRoot() {
        long uid = uid();
        return uid >= 0 ? uid == 0 : "root".equals(System.getProperty("user.name"));
    }

    /**
     * The command to run, prefixed to drop root when needed (which also hands {@code root} over to
     * that user) and, where util-linux setpriv exists, to get SIGTERM when the test JVM dies without
     * running its shutdown hooks (kill -9, a surefire fork timeout).
     */
    static List<String> command(List<String> command, Path root) throws IOException, InterruptedException {
        List<String> wrapped = new ArrayList<>();
        if (Files.isExecutable(SETPRIV)) {
            wrapped.addAll(List.of(SETPRIV.toString(), "--pdeathsig", "TERM", "--"));
        }
        if (runningAsRoot()) {
            ensureUserExists();
            run("chown", "-R", NAME + ":", root.toString());
            wrapped.addAll(List.of("runuser", "-u", NAME, "--"));
        }
        wrapped.addAll(command);
        return wrapped;
    }

    private static void ensureUserExists() throws IOException, InterruptedException {
        if (exec("id", "-u", NAME) == 0) {
            return;
        }
        int code = exec("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", NAME);
        // another test run (another worktree) may have created it in the meantime
        if (code != 0 && exec("id", "-u", NAME) != 0) {
            throw new IOException("cannot create user " + NAME + ": useradd exited with " + code);
        }
    }

    private static long uid() {
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return ((Number) uid).longValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return -1;
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        int code = exec(command);
        if (code != 0) {
            throw new IOException("'" + String.join(" ", command) + "' exited with " + code);
        }
    }

    private static int exec(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("'" + String.join(" ", command) + "' did not finish in 60 s");
        }
        return p.exitValue();
    }
}
