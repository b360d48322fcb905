package io.customer360.explain;

import java.util.Locale;
import java.util.Objects;

/**
 * One row of {@code customer_links.parquet} (columns as in
 * {@link io.customer360.output.CustomerLinks}): an identifier of a customer and the evidence
 * that attached it to the identifier one step nearer the customer's anchor. The anchor's row
 * has no evidence, {@code linkedTo}, source, file or line.
 *
 * @param customerId     the customer, as in the customer table
 * @param identifier     the normalised e-mail or user UUID
 * @param identifierType {@code email} or {@code user_uuid}
 * @param evidence       the kind of evidence, such as {@code identity_map}, or null
 * @param linkedTo       the identifier on the other side of the evidence, or null for the anchor
 * @param source         the source of the first record carrying the evidence, or null
 * @param file           the file of that record, or null
 * @param line           the 1-based physical line where that record starts, or null
 * @param guard          why some of the identifier's links were not used, such as
 *                       {@code link_limit}, or null
 */
public record CustomerLink(String customerId, String identifier, String identifierType,
        String evidence, String linkedTo, String source, String file, Long line, String guard) {

    /**
     * Checks that the customer, the identifier and its type are present.
     *
     * @param customerId     the customer, as in the customer table
     * @param identifier     the normalised e-mail or user UUID
     * @param identifierType {@code email} or {@code user_uuid}
     * @param evidence       the kind of evidence, or null
     * @param linkedTo       the identifier one step nearer the anchor, or null
     * @param source         the source of the first record carrying the evidence, or null
     * @param file           the file of that record, or null
     * @param line           the line of that record, or null
     * @param guard          the guard of the identifier, or null
     */
    public CustomerLink {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(identifierType, "identifierType");
    }

    /**
     * Whether the row names no identifier it is linked to: the anchor's row (or, in rows that
     * do not form one tree, another root).
     *
     * @return true when {@link #linkedTo()} is null
     */
    public boolean isRoot() {
        return linkedTo == null;
    }

    /**
     * What a person typed, in the form identifiers and customer ids are stored in: without
     * surrounding white space and lower-cased ({@link Locale#ROOT}), as e-mails and user UUIDs
     * are normalised.
     *
     * @param typed an e-mail, user UUID or customer id as typed
     * @return the text to match against {@link #identifier()} and {@link #customerId()}
     */
    public static String normalise(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        // Never the identifiers: they are personal data.
        return "CustomerLink[" + identifierType + (evidence == null ? "" : ", " + evidence)
                + (line == null ? "" : ", line " + line) + "]";
    }
}
