package io.customer360.explain;

import java.util.Objects;

/**
 * One step of a chain of evidence: two identifiers of a customer and the evidence between
 * them. One of the two rows names the other as its {@link CustomerLink#linkedTo()}; that row
 * holds the evidence. The step reads from {@code from} to {@code to}, whichever of them is
 * nearer the anchor.
 *
 * @param from the identifier the step starts at
 * @param to   the identifier the step ends at
 */
public record ChainStep(CustomerLink from, CustomerLink to) {

    /**
     * Checks that one of the two rows is linked to the other.
     *
     * @param from the identifier the step starts at
     * @param to   the identifier the step ends at
     * @throws IllegalArgumentException when neither row is linked to the other
     */
    public ChainStep {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!linked(from, to) && !linked(to, from)) {
            throw new IllegalArgumentException("neither identifier is linked to the other");
        }
    }

    /**
     * The row that carries the evidence of this step: the one linked to the other.
     *
     * @return {@code from} when it is linked to {@code to}, else {@code to}
     */
    public CustomerLink evidence() {
        return linked(from, to) ? from : to;
    }

    private static boolean linked(CustomerLink child, CustomerLink parent) {
        return parent.identifier().equals(child.linkedTo());
    }
}
