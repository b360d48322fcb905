package io.customer360.identity;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The identifier keys identity resolution works on: {@code email:<email>} and
 * {@code uuid:<user_uuid>}, both of normalised values.
 */
public final class Identifiers {
    /** The prefix of email keys. */
    public static final String EMAIL_PREFIX = "email:";
    /** The prefix of user UUID keys. */
    public static final String UUID_PREFIX = "uuid:";

    private Identifiers() {
    }

    /**
     * The key of a normalised email.
     *
     * @param email a normalised email
     * @return the email key
     */
    public static String email(String email) {
        return EMAIL_PREFIX + email;
    }

    /**
     * The key of a normalised user UUID.
     *
     * @param userUuid a normalised user UUID
     * @return the user UUID key
     */
    public static String uuid(String userUuid) {
        return UUID_PREFIX + userUuid;
    }

    /**
     * Whether a key is an email key.
     *
     * @param key an identifier key
     * @return true for an email key
     */
    public static boolean isEmail(String key) {
        return key.startsWith(EMAIL_PREFIX);
    }

    /**
     * Whether a key is a user UUID key.
     *
     * @param key an identifier key
     * @return true for a user UUID key
     */
    public static boolean isUuid(String key) {
        return key.startsWith(UUID_PREFIX);
    }

    /**
     * The value of a key without its prefix.
     *
     * @param key an identifier key
     * @return the email or user UUID the key stands for
     */
    public static String value(String key) {
        return key.substring(key.indexOf(':') + 1);
    }

    /**
     * The customer id of a group whose smallest key (String order) is {@code anchor}:
     * {@code UUID.nameUUIDFromBytes(("customer360:" + anchor).getBytes(UTF_8))}.
     *
     * @param anchor the smallest key of the group
     * @return the customer id, a UUID string
     */
    public static String customerId(String anchor) {
        return UUID.nameUUIDFromBytes(("customer360:" + anchor).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
