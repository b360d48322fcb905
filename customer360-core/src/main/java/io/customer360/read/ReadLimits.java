package io.customer360.read;

import io.customer360.error.ConfigurationException;
import java.io.Serializable;

/**
 * Limits that keep one bad record from exhausting memory. A record over a limit is rejected as
 * {@code MALFORMED_RECORD} and reading goes on.
 */
public final class ReadLimits implements Serializable {
    private static final long serialVersionUID = 1L;

    /** 1 MiB. */
    public static final int DEFAULT_MAX_RECORD_LENGTH = 1 << 20;
    /** 64 levels. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

    private static final ReadLimits DEFAULTS =
            new ReadLimits(DEFAULT_MAX_RECORD_LENGTH, DEFAULT_MAX_NESTING_DEPTH);

    /** The longest record accepted; see {@link #maxRecordLength()}. */
    private final int maxRecordLength;
    /** The deepest JSON nesting accepted; see {@link #maxNestingDepth()}. */
    private final int maxNestingDepth;

    private ReadLimits(int maxRecordLength, int maxNestingDepth) {
        this.maxRecordLength = maxRecordLength;
        this.maxNestingDepth = maxNestingDepth;
    }

    /**
     * The SPEC's limits: records up to 1 MiB, JSON nested up to 64 levels.
     *
     * @return the default limits
     */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder(DEFAULTS);
    }

    /**
     * A builder starting from these limits.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The longest record accepted, in characters for delimited files and JSON array elements and
     * in bytes for JSON lines (the terminator not counted). A rejected record longer than this
     * keeps only its first {@code maxRecordLength} characters or bytes as its text
     * ({@link RawRecord#isTextTruncated()}). JSON strings, numbers and field names have no lower
     * limit of their own.
     *
     * @return the limit, 1 or more
     */
    public int maxRecordLength() {
        return maxRecordLength;
    }

    /**
     * The deepest nesting of JSON objects and arrays accepted; the record itself is level 1.
     *
     * @return the limit, 1 or more
     */
    public int maxNestingDepth() {
        return maxNestingDepth;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReadLimits
                && ((ReadLimits) other).maxRecordLength == maxRecordLength
                && ((ReadLimits) other).maxNestingDepth == maxNestingDepth;
    }

    @Override
    public int hashCode() {
        return 31 * maxRecordLength + maxNestingDepth;
    }

    @Override
    public String toString() {
        return "ReadLimits[maxRecordLength=" + maxRecordLength + ", maxNestingDepth="
                + maxNestingDepth + "]";
    }

    /** Builds {@link ReadLimits}. */
    public static final class Builder {
        private int maxRecordLength;
        private int maxNestingDepth;

        private Builder(ReadLimits from) {
            this.maxRecordLength = from.maxRecordLength;
            this.maxNestingDepth = from.maxNestingDepth;
        }

        /**
         * Sets the longest record accepted; 1 or more.
         *
         * @param maxRecordLength the limit, in characters or bytes
         * @return this builder
         * @throws ConfigurationException when {@code maxRecordLength} is less than 1
         */
        public Builder maxRecordLength(int maxRecordLength) {
            if (maxRecordLength < 1) {
                throw new ConfigurationException(
                        "maxRecordLength must be 1 or more but was " + maxRecordLength, null);
            }
            this.maxRecordLength = maxRecordLength;
            return this;
        }

        /**
         * Sets the deepest JSON nesting accepted; 1 or more.
         *
         * @param maxNestingDepth the limit, in levels
         * @return this builder
         * @throws ConfigurationException when {@code maxNestingDepth} is less than 1
         */
        public Builder maxNestingDepth(int maxNestingDepth) {
            if (maxNestingDepth < 1) {
                throw new ConfigurationException(
                        "maxNestingDepth must be 1 or more but was " + maxNestingDepth, null);
            }
            this.maxNestingDepth = maxNestingDepth;
            return this;
        }

        /**
         * Returns the limits.
         *
         * @return the limits
         */
        public ReadLimits build() {
            return new ReadLimits(maxRecordLength, maxNestingDepth);
        }
    }
}
