package io.customer360.explain;

/**
 * One identifier of a customer's tree, at its depth: 0 for the anchor, 1 for the identifiers
 * linked to it, and so on. Its parent is the row's {@link CustomerLink#linkedTo()}.
 *
 * @param depth the number of links between the identifier and the top of its tree
 * @param link  the identifier's row
 */
public record TreeEntry(int depth, CustomerLink link) {
}
