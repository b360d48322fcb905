package io.customer360.standardise;

import java.util.Objects;

/**
 * The result of standardising one raw value: missing, invalid, or a valid normalised value.
 *
 * @param <T> the type of the normalised value
 */
public final class Standardised<T> {
    private static final Standardised<?> MISSING = new Standardised<>(State.MISSING, null);
    private static final Standardised<?> INVALID = new Standardised<>(State.INVALID, null);

    private enum State { MISSING, INVALID, VALID }

    private final State state;
    private final T value;

    private Standardised(State state, T value) {
        this.state = state;
        this.value = value;
    }

    /**
     * The value was absent or one of the missing tokens.
     *
     * @param <T> the type of the normalised value
     * @return the missing result
     */
    @SuppressWarnings("unchecked")
    public static <T> Standardised<T> missing() {
        return (Standardised<T>) MISSING;
    }

    /**
     * The value was present but breaks its rule.
     *
     * @param <T> the type of the normalised value
     * @return the invalid result
     */
    @SuppressWarnings("unchecked")
    public static <T> Standardised<T> invalid() {
        return (Standardised<T>) INVALID;
    }

    /**
     * The value was present and valid; {@code value} is its normalised form.
     *
     * @param <T>   the type of the normalised value
     * @param value the normalised value
     * @return the valid result
     */
    public static <T> Standardised<T> valid(T value) {
        return new Standardised<>(State.VALID, Objects.requireNonNull(value, "value"));
    }

    /**
     * Whether the value was missing.
     *
     * @return true when missing
     */
    public boolean isMissing() {
        return state == State.MISSING;
    }

    /**
     * Whether the value was present but invalid.
     *
     * @return true when invalid
     */
    public boolean isInvalid() {
        return state == State.INVALID;
    }

    /**
     * Whether the value was present and valid.
     *
     * @return true when valid
     */
    public boolean isValid() {
        return state == State.VALID;
    }

    /**
     * The normalised value, or null when missing or invalid.
     *
     * @return the value, or null
     */
    public T value() {
        return value;
    }

    /**
     * The normalised value, or {@code fallback} when missing or invalid.
     *
     * @param fallback the value to return when there is no valid one
     * @return the value, or {@code fallback}
     */
    public T orElse(T fallback) {
        return state == State.VALID ? value : fallback;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Standardised && ((Standardised<?>) other).state == state
                && Objects.equals(((Standardised<?>) other).value, value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, value);
    }

    @Override
    public String toString() {
        return state == State.VALID ? "valid(" + value + ")" : state.name().toLowerCase(java.util.Locale.ROOT);
    }
}
