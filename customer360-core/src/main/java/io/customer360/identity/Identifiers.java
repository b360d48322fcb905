package io.customer360.identity;

/**
 * What the identifier numbers an {@link IdentityResolver} receives stand for.
 */
public interface Identifiers {

    /**
     * Whether an identifier is an email (otherwise it is a user UUID).
     *
     * @param identifier an identifier's number
     * @return true for an email
     */
    boolean isEmail(int identifier);

    /**
     * The normalised email or user UUID an identifier stands for.
     *
     * @param identifier an identifier's number
     * @return the email or user UUID
     */
    String value(int identifier);
}
