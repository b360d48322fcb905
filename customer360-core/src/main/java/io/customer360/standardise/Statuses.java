package io.customer360.standardise;

import io.customer360.model.TransactionStatus;
import io.customer360.read.StatusVocabulary;
import java.util.Locale;

/** Transaction status normalisation (SPEC §2). */
public final class Statuses {
    private Statuses() {
    }

    /**
     * The status named by {@code raw} in the {@linkplain StatusVocabulary#defaults() default
     * vocabulary}.
     *
     * <p>After {@link Text#clean}, the value is compared lower-cased ({@link Locale#ROOT}) with
     * the {@linkplain TransactionStatus#code() codes} {@code completed}, {@code pending},
     * {@code refunded}, {@code failed} and {@code cancelled}; the American spelling
     * {@code canceled} is read as {@link TransactionStatus#CANCELLED}.
     *
     * @param raw the value as read, may be null
     * @return missing for a missing value, the status, or invalid for any other text
     */
    public static Standardised<TransactionStatus> standardise(String raw) {
        return standardise(raw, StatusVocabulary.defaults());
    }

    /**
     * The status named by {@code raw} in {@code vocabulary}: after {@link Text#clean}, the value
     * is compared lower-cased ({@link Locale#ROOT}) with the vocabulary's raw values.
     *
     * @param raw        the value as read, may be null
     * @param vocabulary the raw values of each status
     * @return missing for a missing value, the status, or invalid for any other text
     */
    public static Standardised<TransactionStatus> standardise(String raw,
            StatusVocabulary vocabulary) {
        String text = Text.clean(raw);
        if (text == null) {
            return Standardised.missing();
        }
        return vocabulary.status(text).map(Standardised::valid).orElseGet(Standardised::invalid);
    }
}
