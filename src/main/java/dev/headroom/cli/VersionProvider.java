package dev.headroom.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven filtered into {@code version.properties}. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    public static String version() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/headroom/version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // fall through to "dev"
        }
        return p.getProperty("version", "dev");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"headroom " + version()};
    }
}
