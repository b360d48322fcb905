package io.customer360.benchmarks.generate;

import io.customer360.io.LocalFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Writes a deterministic, realistic input set for the default pipeline: {@code crm_leads.csv},
 * {@code transactions.txt}, {@code web_activity.json} and {@code identity_map.csv}, with the
 * messiness SPEC §1–§2 describes (see the writers for what each file holds).
 *
 * <pre>{@code
 * GeneratedData data = DataGenerator.builder()
 *         .leads(100_000).transactions(1_000_000).web(1_000_000).seed(42)
 *         .build().writeTo(directory);
 * }</pre>
 *
 * <p>The same settings give byte-identical files: each file draws from its own
 * {@link SplittableRandom} derived from the seed, and people's identifiers are pure functions of
 * the seed. Files are streamed: memory use does not depend on the sizes.
 *
 * <p>Immutable and thread-safe; {@link #writeTo} may be called any number of times.
 */
public final class DataGenerator {
    private final long leads;
    private final long transactions;
    private final long web;
    private final long seed;
    private final double dirtyRate;

    private DataGenerator(Builder builder) {
        this.leads = builder.leads;
        this.transactions = builder.transactions;
        this.web = builder.web;
        this.seed = builder.seed;
        this.dirtyRate = builder.dirtyRate;
    }

    /** A builder with 10,000 leads, 100,000 transactions and web events, seed 1, 5% dirty. */
    public static Builder builder() {
        return new Builder();
    }

    public long leads() {
        return leads;
    }

    public long transactions() {
        return transactions;
    }

    public long web() {
        return web;
    }

    public long seed() {
        return seed;
    }

    public double dirtyRate() {
        return dirtyRate;
    }

    /**
     * Writes the four files into {@code directory} (created when missing), replacing files of
     * the same names.
     */
    public GeneratedData writeTo(Path directory) throws IOException {
        Objects.requireNonNull(directory, "directory");
        Files.createDirectories(directory);
        People people = new People(seed);
        long leadRecords;
        try (LineSink sink = new LineSink(directory.resolve(LocalFiles.LEADS_FILE))) {
            new LeadsWriter(people, random(1), dirtyRate).write(sink, leads);
            leadRecords = sink.lines() - 1;
        }
        long links;
        try (LineSink sink = new LineSink(directory.resolve(LocalFiles.IDENTITY_MAP_FILE))) {
            new IdentityMapWriter(people, random(2), dirtyRate).write(sink, leads);
            links = sink.lines() - 1;
        }
        try (LineSink sink = new LineSink(directory.resolve(LocalFiles.TRANSACTIONS_FILE))) {
            new TransactionsWriter(people, random(3), dirtyRate, leads).write(sink, transactions);
        }
        try (LineSink sink = new LineSink(directory.resolve(LocalFiles.WEB_ACTIVITY_FILE))) {
            new WebActivityWriter(people, random(4), dirtyRate, leads).write(sink, web);
        }
        long bytes = 0;
        for (String name : new String[] {LocalFiles.LEADS_FILE, LocalFiles.IDENTITY_MAP_FILE,
                LocalFiles.TRANSACTIONS_FILE, LocalFiles.WEB_ACTIVITY_FILE}) {
            bytes += Files.size(directory.resolve(name));
        }
        return new GeneratedData(directory, leadRecords, transactions, web, links, bytes);
    }

    private SplittableRandom random(int file) {
        return new SplittableRandom(seed * 31 + file);
    }

    @Override
    public String toString() {
        return "DataGenerator[leads=" + leads + ", transactions=" + transactions + ", web=" + web
                + ", seed=" + seed + ", dirtyRate=" + dirtyRate + "]";
    }

    /** Settings of a {@link DataGenerator}; each setter checks its value. */
    public static final class Builder {
        private long leads = 10_000;
        private long transactions = 100_000;
        private long web = 100_000;
        private long seed = 1;
        private double dirtyRate = 0.05;

        private Builder() {
        }

        /** Lead records to write (0 or more). */
        public Builder leads(long count) {
            this.leads = requireCount("leads", count);
            return this;
        }

        /** Transaction records to write (0 or more). */
        public Builder transactions(long count) {
            this.transactions = requireCount("transactions", count);
            return this;
        }

        /** Web activity lines to write (0 or more). */
        public Builder web(long count) {
            this.web = requireCount("web", count);
            return this;
        }

        /** The seed; the same settings and seed give the same bytes. */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /** The share of records made invalid on purpose, 0 to 1 (default 0.05). */
        public Builder dirtyRate(double rate) {
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("dirty rate must be 0..1 but was " + rate);
            }
            this.dirtyRate = rate;
            return this;
        }

        public DataGenerator build() {
            return new DataGenerator(this);
        }

        private static long requireCount(String name, long count) {
            if (count < 0) {
                throw new IllegalArgumentException(name + " must be 0 or more but was " + count);
            }
            return count;
        }
    }
}
