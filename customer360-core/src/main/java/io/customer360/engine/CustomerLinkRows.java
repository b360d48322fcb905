package io.customer360.engine;

import io.customer360.model.Source;
import io.customer360.output.CustomerLinks;
import io.customer360.output.CustomerRow;
import io.customer360.output.RecordWriter;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes the merge explanations ({@link CustomerLinks}) of the customer rows: per row, its
 * identifiers in String order, each with the link that attaches it on the way to the row's
 * anchor through the links that formed the row.
 */
final class CustomerLinkRows {
    private final RecordConsumer state;
    private final int[] memberStart;
    private final int[] memberNodes;
    private final long[] idHigh;
    private final long[] idLow;
    private final int rows;
    /** Row {@code r}'s links are {@code rowLinks[linkStart[r]..linkStart[r + 1])}. */
    private int[] linkStart;
    private int[] rowLinks;

    /**
     * @param memberStart row {@code r}'s identifiers (nodes) are
     *                    {@code memberNodes[memberStart[r]..memberStart[r + 1])}
     * @param idHigh      per row, the high bits of its customer_id
     * @param idLow       per row, the low bits of its customer_id
     */
    CustomerLinkRows(RecordConsumer state, int[] memberStart, int[] memberNodes, long[] idHigh,
            long[] idLow, int rows) {
        this.state = state;
        this.memberStart = memberStart;
        this.memberNodes = memberNodes;
        this.idHigh = idHigh;
        this.idLow = idLow;
        this.rows = rows;
    }

    /** Writes every row's explanations in row order; returns the number written. */
    long write(RecordWriter<CustomerRow> writer) throws IOException {
        assignLinksToRows();
        long written = 0;
        for (int row = 0; row < rows; row++) {
            written += writeRow(row, writer);
        }
        return written;
    }

    /** Lays out the links that formed each row; a link between two rows is no row's. */
    private void assignLinksToRows() {
        IdentityLinks links = state.links;
        int nodes = Math.max(2 * state.uuids.size(), 2 * state.emails.size() + 1);
        int[] rowOfNode = new int[nodes];
        Arrays.fill(rowOfNode, -1);
        for (int row = 0; row < rows; row++) {
            for (int at = memberStart[row]; at < memberStart[row + 1]; at++) {
                rowOfNode[memberNodes[at]] = row;
            }
        }
        int[] rowOfLink = new int[links.treeLinkCount()];
        linkStart = new int[rows + 1];
        for (int i = 0; i < rowOfLink.length; i++) {
            int link = links.treeLink(i);
            int row = rowOfNode[Groups.uuidNode(links.ledger.uuidSlot(link))];
            boolean sameRow = row >= 0
                    && row == rowOfNode[Groups.emailNode(links.ledger.emailCode(link))];
            rowOfLink[i] = sameRow ? row : -1;
            if (sameRow) {
                linkStart[row + 1]++;
            }
        }
        for (int row = 0; row < rows; row++) {
            linkStart[row + 1] += linkStart[row];
        }
        int[] fill = Arrays.copyOf(linkStart, rows);
        rowLinks = new int[linkStart[rows]];
        for (int i = 0; i < rowOfLink.length; i++) {
            if (rowOfLink[i] >= 0) {
                rowLinks[fill[rowOfLink[i]]++] = links.treeLink(i);
            }
        }
    }

    private int writeRow(int row, RecordWriter<CustomerRow> writer) throws IOException {
        int from = memberStart[row];
        int count = memberStart[row + 1] - from;
        String[] values = new String[count];
        Members memberOfNode = new Members(memberNodes, from, count);
        int anchor = -1;
        for (int i = 0; i < count; i++) {
            int node = memberNodes[from + i];
            values[i] = value(node);
            if (anchor < 0 || anchorsBefore(node, values[i], memberNodes[from + anchor],
                    values[anchor])) {
                anchor = i;
            }
        }
        int[] parentLink = parentLinks(row, anchor, memberOfNode, count);
        String customerId = new UUID(idHigh[row], idLow[row]).toString();
        for (int i : inValueOrder(values)) {
            writer.write(CustomerRow.of(CustomerLinks.SCHEMA,
                    explanation(customerId, memberNodes[from + i], values[i], parentLink[i],
                            memberOfNode, values)));
        }
        return count;
    }

    /** The indexes of {@code values} in the order of their values. */
    private static int[] inValueOrder(String[] values) {
        if (values.length == 1) {
            return new int[] {0};
        }
        if (values.length == 2) {
            return values[0].compareTo(values[1]) < 0 ? new int[] {0, 1} : new int[] {1, 0};
        }
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(i -> values[i]));
        int[] sorted = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            sorted[i] = order[i];
        }
        return sorted;
    }

    /** Whether {@code node} comes before the anchor so far: e-mails first, then String order. */
    private static boolean anchorsBefore(int node, String value, int anchor, String anchorValue) {
        if (Groups.isEmail(node) != Groups.isEmail(anchor)) {
            return Groups.isEmail(node);
        }
        return value.compareTo(anchorValue) < 0;
    }

    /**
     * Per member, the link to its parent on the way to the anchor, or -1 for the anchor and
     * for members no link of the row reaches.
     */
    private int[] parentLinks(int row, int anchor, Members memberOfNode, int count) {
        int[] parentLink = new int[count];
        Arrays.fill(parentLink, -1);
        int linkCount = linkStart[row + 1] - linkStart[row];
        if (linkCount == 0) {
            return parentLink;
        }
        if (count == 2 && linkCount == 1) {
            parentLink[1 - anchor] = rowLinks[linkStart[row]];
            return parentLink;
        }
        LinkLedger ledger = state.links.ledger;
        List<List<Integer>> linksOf = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            linksOf.add(new ArrayList<>(2));
        }
        for (int at = linkStart[row]; at < linkStart[row + 1]; at++) {
            int link = rowLinks[at];
            linksOf.get(memberOfNode.get(Groups.uuidNode(ledger.uuidSlot(link)))).add(link);
            linksOf.get(memberOfNode.get(Groups.emailNode(ledger.emailCode(link)))).add(link);
        }
        boolean[] reached = new boolean[count];
        reached[anchor] = true;
        Deque<Integer> next = new ArrayDeque<>();
        next.add(anchor);
        while (!next.isEmpty()) {
            int member = next.remove();
            for (int link : linksOf.get(member)) {
                int other = otherEnd(link, memberNodes[memberStart[row] + member], memberOfNode);
                if (!reached[other]) {
                    reached[other] = true;
                    parentLink[other] = link;
                    next.add(other);
                }
            }
        }
        return parentLink;
    }

    private int otherEnd(int link, int node, Members memberOfNode) {
        LinkLedger ledger = state.links.ledger;
        int uuid = Groups.uuidNode(ledger.uuidSlot(link));
        return memberOfNode.get(uuid == node ? Groups.emailNode(ledger.emailCode(link)) : uuid);
    }

    private Object[] explanation(String customerId, int node, String value, int link,
            Members memberOfNode, String[] values) {
        Object[] row = new Object[CustomerLinks.SCHEMA.size()];
        row[0] = customerId;
        row[1] = value;
        row[2] = Groups.isEmail(node) ? CustomerLinks.EMAIL : CustomerLinks.USER_UUID;
        if (link >= 0) {
            long position = state.links.ledger.first(link);
            Source source = LinkLedger.sourceOf(position);
            long order = LinkLedger.orderOf(position);
            row[3] = CustomerLinks.evidenceOf(source);
            row[4] = values[otherEnd(link, node, memberOfNode)];
            row[5] = source.reportName();
            row[6] = state.fileOf(source, order);
            row[7] = FileOrder.lineOf(order);
        }
        row[8] = guard(node);
        return row;
    }

    private String guard(int node) {
        if (state.isBlocked(node)) {
            return CustomerLinks.GUARD_BLOCKLIST;
        }
        if (state.links.isAnomalous(node)) {
            return CustomerLinks.GUARD_LINK_LIMIT;
        }
        if (state.links.isOverCustomerLimit(node)) {
            return CustomerLinks.GUARD_CUSTOMER_LIMIT;
        }
        return null;
    }

    private String value(int node) {
        int index = Groups.index(node);
        return Groups.isEmail(node) ? state.emails.get(index) : state.uuids.get(index);
    }

    /** The index of each identifier (node) among a row's members. */
    private static final class Members {
        /** Rows up to this size are searched; larger ones are looked up in a map. */
        private static final int SCANNED = 16;
        private final int[] nodes;
        private final int from;
        private final int count;
        private final Map<Integer, Integer> indexOfNode;

        Members(int[] nodes, int from, int count) {
            this.nodes = nodes;
            this.from = from;
            this.count = count;
            if (count <= SCANNED) {
                indexOfNode = null;
            } else {
                indexOfNode = new HashMap<>(count * 2);
                for (int i = 0; i < count; i++) {
                    indexOfNode.put(nodes[from + i], i);
                }
            }
        }

        /** The member index of {@code node}, which must be a member. */
        int get(int node) {
            if (indexOfNode != null) {
                return indexOfNode.get(node);
            }
            for (int i = 0; i < count; i++) {
                if (nodes[from + i] == node) {
                    return i;
                }
            }
            throw new IllegalStateException("node " + node + " is not a member of the row");
        }
    }
}
