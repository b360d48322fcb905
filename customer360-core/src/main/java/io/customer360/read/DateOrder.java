package io.customer360.read;

/** How to read a slash date such as {@code 03/05/2024}. */
public enum DateOrder {
    /** {@code 03/05/2024} is 5 March 2024 (the default). */
    MONTH_FIRST,
    /** {@code 03/05/2024} is 3 May 2024. */
    DAY_FIRST
}
