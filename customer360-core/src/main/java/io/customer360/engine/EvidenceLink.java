package io.customer360.engine;

import io.customer360.model.Source;
import java.io.Serializable;
import java.util.Comparator;

/**
 * A link between a user UUID and an e-mail, with the position of a record that carries it: its
 * source, its file's number in the source's reading order and its line. Of all the records that
 * carry one pair, the one with the smallest position is the link's first evidence ({@link
 * #first}); links are taken in the order of their first evidence ({@link #BY_POSITION}).
 * Internal: not part of the library's API.
 *
 * @serial exclude
 * @param uuidKey    the user UUID's identifier key ({@link DistributedRules#uuidKey})
 * @param emailKey   the e-mail's identifier key ({@link DistributedRules#emailKey})
 * @param source     the source of the record
 * @param fileNumber the record's file's number: 0 for a source read from one file, else from 1
 *                   in the source's reading order
 * @param line       the 1-based physical line where the record starts
 */
public record EvidenceLink(String uuidKey, String emailKey, Source source, int fileNumber,
        long line) implements Serializable {

    /**
     * Links by position (source, then file number, then line); links of one position, which a
     * record cannot give, by their identifiers.
     */
    public static final Comparator<EvidenceLink> BY_POSITION = Comparator
            .comparing(EvidenceLink::source)
            .thenComparingInt(EvidenceLink::fileNumber)
            .thenComparingLong(EvidenceLink::line)
            .thenComparing(EvidenceLink::uuidKey)
            .thenComparing(EvidenceLink::emailKey);

    /**
     * The one of two evidences with the smaller position.
     *
     * @param left  an evidence
     * @param right another evidence
     * @return the earlier one
     */
    public static EvidenceLink first(EvidenceLink left, EvidenceLink right) {
        return BY_POSITION.compare(left, right) <= 0 ? left : right;
    }
}
