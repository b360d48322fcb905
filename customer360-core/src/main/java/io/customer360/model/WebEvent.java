package io.customer360.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * An accepted, standardised web activity event.
 *
 * @param userUuid  the normalised user UUID; never null
 * @param sessionId the session id, or null
 * @param pageViews the page views of the event, 0 or more (1 when the field was absent)
 * @param timestamp when the event happened, or null
 * @param email     the normalised email, or null
 * @param line      the 1-based physical line where the record starts
 * @serial exclude
 */
public record WebEvent(String userUuid, String sessionId, long pageViews, Instant timestamp,
        String email, long line)
        implements Serializable {

    /**
     * Checks that the user UUID is present.
     *
     * @param userUuid  the normalised user UUID; never null
     * @param sessionId the session id, or null
     * @param pageViews the page views of the event, 0 or more (1 when the field was absent)
     * @param timestamp when the event happened, or null
     * @param email     the normalised email, or null
     * @param line      the 1-based physical line where the record starts
     */
    public WebEvent {
        Objects.requireNonNull(userUuid, "userUuid");
    }
}
