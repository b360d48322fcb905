package io.customer360.explain;

import java.util.ArrayList;
import java.util.List;

/**
 * An explanation as lines of text for people. An identifier is written with its type, and
 * with {@code anchor} and its guard where they apply: {@code u1 (user_uuid, guard: link_limit)}.
 * A link is written as {@code A -[evidence from source file:line]-> B}, where B is the
 * identifier A is linked to, or the next identifier of a chain:
 *
 * <pre>
 * customer 0b9c...: 3 identifiers
 * a@x.com (email, anchor)
 *   u1 (user_uuid) -[lead_user_uuid from leads in/crm_leads.csv:7]-> a@x.com
 *     b@x.com (email) -[identity_map from identity_map in/identity_map.csv:3]-> u1
 * </pre>
 *
 * <p>The lines hold the customer's identifiers, e-mails included: they are for the person who
 * asked about that customer, not for logs.
 */
public final class ExplanationText {
    private static final String INDENT = "  ";

    private ExplanationText() {
    }

    /**
     * The whole customer: a first line with the customer id and the number of identifiers,
     * then one line per identifier in {@link Explanation#tree()} order, indented by depth,
     * each but a root's ending with its link.
     *
     * @param explanation the customer
     * @return the lines, without line breaks
     */
    public static List<String> tree(Explanation explanation) {
        List<String> lines = new ArrayList<>();
        int size = explanation.links().size();
        lines.add("customer " + explanation.customerId() + ": " + size
                + (size == 1 ? " identifier" : " identifiers"));
        for (TreeEntry entry : explanation.tree()) {
            CustomerLink link = entry.link();
            String line = INDENT.repeat(entry.depth()) + label(explanation, link);
            lines.add(link.isRoot() ? line : line + " " + arrow(link) + " " + link.linkedTo());
        }
        return lines;
    }

    /**
     * A chain of evidence: a first line with the customer id, the number of links and the
     * two ends, then one line per step.
     *
     * @param explanation the customer
     * @param from        the identifier the chain starts at, as given to
     *                    {@link Explanation#chain}
     * @param to          the identifier it ends at
     * @param steps       the chain's steps
     * @return the lines, without line breaks
     */
    public static List<String> chain(Explanation explanation, String from, String to,
            List<ChainStep> steps) {
        List<String> lines = new ArrayList<>();
        lines.add("customer " + explanation.customerId() + ": " + steps.size()
                + (steps.size() == 1 ? " link" : " links") + " from "
                + CustomerLink.normalise(from) + " to " + CustomerLink.normalise(to));
        for (ChainStep step : steps) {
            lines.add(label(explanation, step.from()) + " " + arrow(step.evidence()) + " "
                    + label(explanation, step.to()));
        }
        return lines;
    }

    /** {@code identifier (type[, anchor][, guard: guard])}. */
    private static String label(Explanation explanation, CustomerLink link) {
        StringBuilder text = new StringBuilder(link.identifier()).append(" (")
                .append(link.identifierType());
        if (explanation.anchor().filter(link::equals).isPresent()) {
            text.append(", anchor");
        }
        if (link.guard() != null) {
            text.append(", guard: ").append(link.guard());
        }
        return text.append(')').toString();
    }

    /** {@code -[evidence from source file:line]->}, leaving out what the row lacks. */
    private static String arrow(CustomerLink link) {
        StringBuilder text = new StringBuilder("-[")
                .append(link.evidence() == null ? "no evidence" : link.evidence());
        if (link.source() != null || link.file() != null) {
            text.append(" from");
        }
        if (link.source() != null) {
            text.append(' ').append(link.source());
        }
        if (link.file() != null) {
            text.append(' ').append(link.file());
            if (link.line() != null) {
                text.append(':').append(link.line());
            }
        } else if (link.line() != null) {
            text.append(" line ").append(link.line());
        }
        return text.append("]->").toString();
    }
}
