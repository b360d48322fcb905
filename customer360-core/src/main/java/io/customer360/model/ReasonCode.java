package io.customer360.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Why a record was rejected: a stable upper-case code such as {@code INVALID_EMAIL}.
 *
 * <p>The built-in codes are the constants of this class. A custom validator names its own
 * code with {@link #of(String)}.
 */
public final class ReasonCode implements Serializable, Comparable<ReasonCode> {
    private static final long serialVersionUID = 1L;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    /** The record could not be read as a record of its format. */
    public static final ReasonCode MALFORMED_RECORD = new ReasonCode("MALFORMED_RECORD");
    /** A required email is missing. */
    public static final ReasonCode MISSING_EMAIL = new ReasonCode("MISSING_EMAIL");
    /** An email is present but not a valid address. */
    public static final ReasonCode INVALID_EMAIL = new ReasonCode("INVALID_EMAIL");
    /** A required user UUID is missing. */
    public static final ReasonCode MISSING_USER_UUID = new ReasonCode("MISSING_USER_UUID");
    /** A user UUID is present but not a valid, non-nil UUID. */
    public static final ReasonCode INVALID_USER_UUID = new ReasonCode("INVALID_USER_UUID");
    /** A timestamp is present but in no accepted form or out of range. */
    public static final ReasonCode INVALID_TIMESTAMP = new ReasonCode("INVALID_TIMESTAMP");
    /** A transaction has no id. */
    public static final ReasonCode MISSING_TRANSACTION_ID = new ReasonCode("MISSING_TRANSACTION_ID");
    /** An amount is missing, not a plain decimal, or out of range. */
    public static final ReasonCode INVALID_AMOUNT = new ReasonCode("INVALID_AMOUNT");
    /** A transaction has no status. */
    public static final ReasonCode MISSING_STATUS = new ReasonCode("MISSING_STATUS");
    /** An amount is zero or negative after rounding. */
    public static final ReasonCode NON_POSITIVE_AMOUNT = new ReasonCode("NON_POSITIVE_AMOUNT");
    /** A status is present but not one of the allowed statuses. */
    public static final ReasonCode UNKNOWN_STATUS = new ReasonCode("UNKNOWN_STATUS");
    /** A page view count is not a non-negative integer. */
    public static final ReasonCode INVALID_PAGE_VIEWS = new ReasonCode("INVALID_PAGE_VIEWS");
    /** A lead whose email has a newer lead. */
    public static final ReasonCode DUPLICATE_LEAD = new ReasonCode("DUPLICATE_LEAD");
    /** A transaction whose id was already accepted earlier in the file. */
    public static final ReasonCode DUPLICATE_TRANSACTION_ID = new ReasonCode("DUPLICATE_TRANSACTION_ID");

    private static final List<ReasonCode> BUILT_IN = List.of(
            MALFORMED_RECORD, MISSING_EMAIL, INVALID_EMAIL, MISSING_USER_UUID, INVALID_USER_UUID,
            INVALID_TIMESTAMP, MISSING_TRANSACTION_ID, INVALID_AMOUNT, MISSING_STATUS,
            NON_POSITIVE_AMOUNT, UNKNOWN_STATUS, INVALID_PAGE_VIEWS, DUPLICATE_LEAD,
            DUPLICATE_TRANSACTION_ID);

    /** The code as written in reports, e.g. {@code INVALID_EMAIL}. */
    private final String code;

    private ReasonCode(String code) {
        this.code = code;
    }

    /**
     * Returns the reason code with the given name: a built-in one when the name is built in,
     * otherwise a custom code.
     *
     * @param code upper-case letters, digits and underscores, starting with a letter, at most 64
     * @return the reason code
     * @throws IllegalArgumentException when the code has another form
     */
    public static ReasonCode of(String code) {
        Objects.requireNonNull(code, "code");
        for (ReasonCode builtIn : BUILT_IN) {
            if (builtIn.code.equals(code)) {
                return builtIn;
            }
        }
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "reason code must be upper-case letters, digits and '_', starting with a letter,"
                            + " at most 64 characters, but was '" + code + "'");
        }
        return new ReasonCode(code);
    }

    /**
     * The codes defined by the SPEC, in declaration order.
     *
     * @return the built-in codes
     */
    public static List<ReasonCode> builtIn() {
        return BUILT_IN;
    }

    /**
     * The code as written in reports, e.g. {@code INVALID_EMAIL}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * Whether this is one of the codes defined by the SPEC.
     *
     * @return true for a built-in code
     */
    public boolean isBuiltIn() {
        return BUILT_IN.contains(this);
    }

    @Override
    public int compareTo(ReasonCode other) {
        return code.compareTo(other.code);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReasonCode && ((ReasonCode) other).code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
