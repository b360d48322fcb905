package io.customer360.identity;

import io.customer360.model.Source;
import java.util.Collection;
import java.util.List;

/**
 * Groups identifiers into customers from evidence. One resolver serves one run; the pipeline
 * asks its supplier for a fresh one each run.
 *
 * <p>Identifiers are the keys of {@link Identifiers}. The pipeline adds every identifier of an
 * accepted record and links two identifiers for each piece of evidence: an identity map row, a
 * lead with a user UUID, a transaction or web event with an email. The default resolver puts
 * every transitively linked identifier in one group; another strategy may decline links (for
 * example from web events) but must never link identifiers without evidence.
 */
public interface IdentityResolver {

    /**
     * Registers an identifier; it forms a group of its own until linked.
     *
     * @param identifier the identifier key
     */
    void add(String identifier);

    /**
     * Records that {@code evidence} says {@code left} and {@code right} are one customer.
     *
     * @param left     one identifier key
     * @param right    the other identifier key
     * @param evidence the source of the record that links them
     */
    void link(String left, String right, Source evidence);

    /**
     * The groups: every identifier added or linked is in exactly one. Called once, after all
     * evidence was given.
     *
     * @return the groups of identifier keys, one list per customer
     */
    Collection<List<String>> groups();
}
