package io.customer360.benchmarks;

import java.util.Locale;

/** The input sizes of the benchmark (issue #4). */
public enum BenchmarkSize {
    /** 10k leads, 100k transactions, 100k web events (about 25 MB). */
    SMALL(10_000, 100_000, 100_000),
    /** 100k leads, 1M transactions, 1M web events (about 250 MB). */
    MEDIUM(100_000, 1_000_000, 1_000_000),
    /** 1M leads, 10M transactions, 10M web events (about 2.5 GB). */
    LARGE(1_000_000, 10_000_000, 10_000_000);

    private final long leads;
    private final long transactions;
    private final long web;

    BenchmarkSize(long leads, long transactions, long web) {
        this.leads = leads;
        this.transactions = transactions;
        this.web = web;
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

    /** The lower-case name used on the command line and in results. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The size named {@code label}, ignoring case. */
    public static BenchmarkSize of(String label) {
        for (BenchmarkSize size : values()) {
            if (size.label().equalsIgnoreCase(label.strip())) {
                return size;
            }
        }
        throw new IllegalArgumentException("size must be small, medium or large but was " + label);
    }
}
