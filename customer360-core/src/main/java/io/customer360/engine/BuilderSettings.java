package io.customer360.engine;

import java.util.Objects;
import java.util.function.Function;

/**
 * The settings a {@code Customer360.Builder} holds, for engines other than the local one (which
 * take the builder's rules and read and write elsewhere). The builder installs the way to read
 * them when its class is initialised. Internal: not part of the library's API.
 */
public final class BuilderSettings {
    private static volatile Function<Object, RunSettings> reader;

    private BuilderSettings() {
    }

    /**
     * Installs how a builder's settings are read; called by the builder's class only. The first
     * installation stays.
     *
     * @param settingsOf gives a builder's checked settings
     */
    public static synchronized void install(Function<Object, RunSettings> settingsOf) {
        if (reader == null) {
            reader = Objects.requireNonNull(settingsOf, "settingsOf");
        }
    }

    /**
     * The checked settings of a builder's rules: sources, column names, statuses, time zones,
     * read options, validators and aggregators. The output directory and formats may be null.
     *
     * @param builder a {@code Customer360.Builder}
     * @return its settings
     * @throws io.customer360.error.ConfigurationException when its rules are inconsistent, as
     *     its {@code build()} would
     */
    public static RunSettings of(Object builder) {
        Function<Object, RunSettings> settingsOf = reader;
        if (settingsOf == null) {
            throw new IllegalStateException("no builder was created yet");
        }
        return settingsOf.apply(builder);
    }
}
