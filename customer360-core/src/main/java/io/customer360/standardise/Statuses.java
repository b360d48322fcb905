package io.customer360.standardise;

import io.customer360.model.TransactionStatus;
import java.util.Locale;

/** Transaction status normalisation (SPEC §2). */
public final class Statuses {
    private Statuses() {
    }

    /**
     * The status named by {@code raw}.
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
        String text = Text.clean(raw);
        if (text == null) {
            return Standardised.missing();
        }
        switch (text.toLowerCase(Locale.ROOT)) {
            case "completed":
                return Standardised.valid(TransactionStatus.COMPLETED);
            case "pending":
                return Standardised.valid(TransactionStatus.PENDING);
            case "refunded":
                return Standardised.valid(TransactionStatus.REFUNDED);
            case "failed":
                return Standardised.valid(TransactionStatus.FAILED);
            case "cancelled":
            case "canceled":
                return Standardised.valid(TransactionStatus.CANCELLED);
            default:
                return Standardised.invalid();
        }
    }
}
