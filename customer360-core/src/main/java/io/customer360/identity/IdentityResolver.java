package io.customer360.identity;

import io.customer360.model.Source;

/**
 * Groups identifiers into customers from evidence. One resolver serves one run; the pipeline
 * asks its factory for a fresh one each run. {@link #connectedComponents()} is the default.
 *
 * <p>Identifiers are small non-negative numbers, one per distinct normalised email and user
 * UUID of the run; {@link Identifiers} tells what each stands for. The pipeline adds every
 * identifier of an accepted record and links two identifiers for each piece of evidence: an
 * identity map row, a lead with a user UUID, a transaction or web event with an email. A
 * strategy may decline links (for example from web events) but must never link identifiers
 * without evidence. Calls come from one thread at a time.
 */
public interface IdentityResolver {

    /**
     * Registers an identifier; it forms a group of its own until linked.
     *
     * @param identifier the identifier's number
     */
    void add(int identifier);

    /**
     * Records that {@code evidence} says {@code left} and {@code right} are one customer; both
     * were added before.
     *
     * @param left     one identifier's number
     * @param right    the other identifier's number
     * @param evidence the source of the record that links them
     */
    void link(int left, int right, Source evidence);

    /**
     * The group of an identifier, once all evidence was given: identifiers with the same group
     * number are one customer. Asked once for every identifier added.
     *
     * @param identifier the identifier's number
     * @return its group's number; any int
     */
    int group(int identifier);

    /**
     * The default resolver: every pair of linked identifiers is one customer, transitively
     * (connected components).
     *
     * @return a new resolver for one run
     */
    static IdentityResolver connectedComponents() {
        return new ConnectedComponents();
    }
}
