package io.customer360.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * An accepted, standardised CRM lead.
 *
 * @param leadId       the lead id as given, or null
 * @param fullName     the name in title case, or null
 * @param email        the normalised email; never null
 * @param phone        the phone as given (stripped), or null
 * @param leadSource   where the lead came from, or null
 * @param creationDate when the lead was created, or null when the value was missing
 * @param userUuid     the normalised user UUID, or null
 * @param line         the 1-based physical line where the record starts
 * @serial exclude
 */
public record Lead(String leadId, String fullName, String email, String phone, String leadSource,
        Instant creationDate, String userUuid, long line)
        implements Serializable {

    /**
     * Checks that the email is present.
     *
     * @param leadId       the lead id as given, or null
     * @param fullName     the name in title case, or null
     * @param email        the normalised email; never null
     * @param phone        the phone as given (stripped), or null
     * @param leadSource   where the lead came from, or null
     * @param creationDate when the lead was created, or null when the value was missing
     * @param userUuid     the normalised user UUID, or null
     * @param line         the 1-based physical line where the record starts
     */
    public Lead {
        Objects.requireNonNull(email, "email");
    }
}
