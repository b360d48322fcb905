package io.customer360.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * An accepted identity map row: evidence that an email and a user UUID belong to one customer.
 *
 * @param email    the normalised email
 * @param userUuid the normalised user UUID
 * @param line     the 1-based physical line where the record starts
 * @serial exclude
 */
public record IdentityLink(String email, String userUuid, long line) implements Serializable {

    /**
     * Checks that both identifiers are present.
     *
     * @param email    the normalised email
     * @param userUuid the normalised user UUID
     * @param line     the 1-based physical line where the record starts
     */
    public IdentityLink {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(userUuid, "userUuid");
    }
}
