package io.customer360.read;

import io.customer360.error.ConfigurationException;
import io.customer360.model.TransactionStatus;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which raw status values a transaction may have and the status each one means.
 *
 * <p>The {@linkplain #defaults() default} vocabulary has the five built-in statuses, each read
 * from its own code, and {@code cancelled} also from {@code canceled}. A {@link Builder} starts
 * from it; {@link Builder#status(String, String...)} gives a status the raw values it is read
 * from, replacing the ones it had, or adds a status. Raw values are compared after the value is
 * stripped of surrounding white space and lower-cased ({@link Locale#ROOT}); a value no status
 * is read from is rejected with {@code UNKNOWN_STATUS}.
 *
 * <p>The {@linkplain #statuses() statuses} are the five built-in ones first, in their order,
 * then the added ones in the order they were first given to the builder; the customer table has
 * one count and one amount column per status, in this order.
 *
 * <p>Immutable and thread-safe.
 */
public final class StatusVocabulary implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final StatusVocabulary DEFAULTS = builder().build();

    /** Every status, built-in ones first. */
    private final List<TransactionStatus> statuses;
    /** Per status, its normalised raw values in the order given. */
    private final Map<TransactionStatus, List<String>> rawValues;
    /** The status of each normalised raw value. */
    private final Map<String, TransactionStatus> statusOfRawValue;

    private StatusVocabulary(List<TransactionStatus> statuses,
            Map<TransactionStatus, List<String>> rawValues,
            Map<String, TransactionStatus> statusOfRawValue) {
        this.statuses = List.copyOf(statuses);
        this.rawValues = Map.copyOf(rawValues);
        this.statusOfRawValue = Map.copyOf(statusOfRawValue);
    }

    /**
     * The five built-in statuses, each read from its own code; {@code cancelled} also from
     * {@code canceled}.
     *
     * @return the default vocabulary
     */
    public static StatusVocabulary defaults() {
        return DEFAULTS;
    }

    /**
     * A builder that starts from the {@linkplain #defaults() default} vocabulary.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Every status: the five built-in ones in their order, then the added ones in the order
     * they were declared.
     *
     * @return the statuses, in column order
     */
    public List<TransactionStatus> statuses() {
        return statuses;
    }

    /**
     * The raw values a status is read from, normalised (stripped, lower-case), in the order
     * given.
     *
     * @param status a status of this vocabulary
     * @return its raw values; empty for a status of no other vocabulary
     */
    public List<String> rawValues(TransactionStatus status) {
        return rawValues.getOrDefault(Objects.requireNonNull(status, "status"), List.of());
    }

    /**
     * The status a raw value means.
     *
     * @param rawValue the value as read; compared stripped and lower-cased
     * @return the status, or empty when no status is read from the value
     */
    public Optional<TransactionStatus> status(String rawValue) {
        return Optional.ofNullable(statusOfRawValue.get(normalise(
                Objects.requireNonNull(rawValue, "rawValue"))));
    }

    /**
     * Normalises a raw value as it is compared: stripped of surrounding white space and
     * lower-cased ({@link Locale#ROOT}).
     *
     * @param rawValue a raw status value
     * @return the value as compared
     */
    public static String normalise(String rawValue) {
        return rawValue.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StatusVocabulary
                && ((StatusVocabulary) other).statuses.equals(statuses)
                && ((StatusVocabulary) other).rawValues.equals(rawValues);
    }

    @Override
    public int hashCode() {
        return Objects.hash(statuses, rawValues);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("StatusVocabulary{");
        for (TransactionStatus status : statuses) {
            text.append(status == statuses.get(0) ? "" : ", ").append(status.code()).append('=')
                    .append(rawValues.get(status));
        }
        return text.append('}').toString();
    }

    /**
     * Builds a {@link StatusVocabulary}, starting from the defaults. Each call of
     * {@link #status(String, String...)} corresponds to one entry {@code status: [raw values]}
     * of a configuration.
     */
    public static final class Builder {
        /** Per status code, its raw values as given; built-in codes first. */
        private final Map<String, List<String>> rawValues = new LinkedHashMap<>();

        private Builder() {
            for (TransactionStatus status : TransactionStatus.builtIn()) {
                rawValues.put(status.code(), List.of(status.code()));
            }
            rawValues.put(TransactionStatus.CANCELLED.code(), List.of("cancelled", "canceled"));
        }

        /**
         * Reads {@code status} from exactly {@code rawValues}: for a built-in status, these
         * replace the values it is read from by default (list its own code to keep it); any other
         * code adds a status, after the built-in ones and the statuses added before it. Calling
         * it again for the same status replaces its raw values and keeps its place.
         *
         * @param status    the status's code, lower-case snake case, e.g. {@code completed} or
         *                  {@code chargeback}; it names the columns {@code <status>_count} and
         *                  {@code <status>_amount}
         * @param rawValues the values the status is read from, e.g. {@code paid, settled};
         *                  compared stripped and lower-cased
         * @return this builder
         * @throws ConfigurationException when the code is not lower-case snake case, no raw value
         *     is given, or a raw value is blank
         */
        public Builder status(String status, String... rawValues) {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(rawValues, "rawValues");
            try {
                TransactionStatus.of(status);
            } catch (IllegalArgumentException invalid) {
                throw new ConfigurationException("status '" + status + "' cannot be used: "
                        + invalid.getMessage(), invalid);
            }
            if (rawValues.length == 0) {
                throw new ConfigurationException("status '" + status + "' has no raw values:"
                        + " give at least one value it is read from", null);
            }
            List<String> values = new ArrayList<>();
            for (String rawValue : rawValues) {
                String value = normalise(Objects.requireNonNull(rawValue, "rawValue"));
                if (value.isEmpty()) {
                    throw new ConfigurationException("status '" + status + "' has a blank raw"
                            + " value", null);
                }
                if (!values.contains(value)) {
                    values.add(value);
                }
            }
            this.rawValues.put(status, List.copyOf(values));
            return this;
        }

        /**
         * Checks that every raw value means one status and returns the vocabulary.
         *
         * @return the vocabulary
         * @throws ConfigurationException when a raw value is given to two statuses
         */
        public StatusVocabulary build() {
            List<TransactionStatus> statuses = new ArrayList<>();
            Map<TransactionStatus, List<String>> valuesOfStatus = new HashMap<>();
            Map<String, TransactionStatus> statusOfRawValue = new HashMap<>();
            for (Map.Entry<String, List<String>> entry : rawValues.entrySet()) {
                TransactionStatus status = TransactionStatus.of(entry.getKey());
                statuses.add(status);
                valuesOfStatus.put(status, entry.getValue());
                for (String value : entry.getValue()) {
                    TransactionStatus other = statusOfRawValue.putIfAbsent(value, status);
                    if (other != null) {
                        throw new ConfigurationException("raw status value '" + value
                                + "' is read as two statuses, " + other.code() + " and "
                                + status.code() + ": give it to one of them only (a built-in"
                                + " status is read from its own code unless its values are"
                                + " set)", null);
                    }
                }
            }
            return new StatusVocabulary(statuses, valuesOfStatus, statusOfRawValue);
        }
    }
}
