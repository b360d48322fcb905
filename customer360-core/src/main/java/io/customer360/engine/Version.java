package io.customer360.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The library version, from the properties file the build fills in. */
final class Version {
    private static final String CURRENT = load();

    private Version() {
    }

    static String current() {
        return CURRENT;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("customer360.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
