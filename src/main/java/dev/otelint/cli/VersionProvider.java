package dev.otelint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into otelint-version.properties. */
public final class VersionProvider implements IVersionProvider {

    public static String version() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/otelint-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // fall through to "dev"
        }
        return p.getProperty("version", "dev");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"otelint " + version()};
    }
}
