package dev.otelint.catalog;

import dev.otelint.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process otelint command line and what it printed. */
public record SemconvCliRun(int exitCode, String out, String err) {

    public static SemconvCliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new SemconvCliRun(code, out.toString(), err.toString());
    }
}
