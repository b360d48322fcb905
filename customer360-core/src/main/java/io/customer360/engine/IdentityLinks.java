package io.customer360.engine;

import io.customer360.error.ExtensionException;
import io.customer360.identity.Identifiers;
import io.customer360.identity.IdentityResolver;
import io.customer360.model.Source;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The identity evidence of a run and the customers it forms. Links are kept as they are met
 * ({@link LinkLedger}); once every source was read, {@link #resolve} applies the over-merge
 * guards and takes the links in evidence order: an identifier linked to more distinct others
 * than the link limit has none of its links used, and a link that would make a customer hold
 * more identifiers than the customer limit is refused ({@link CappedUnion}). A user's
 * {@link IdentityResolver}, over identifier numbers ({@link Groups#uuidNode} of a UUID slot,
 * {@link Groups#emailNode} of an email code), is then given the links used; its failure becomes
 * an {@link ExtensionException} naming it. Without one, the guarded union's groups are the
 * customers.
 */
final class IdentityLinks {
    /** The user's resolver, or null for the built-in connected components. */
    private final IdentityResolver resolver;
    private final int maxLinksPerIdentifier;
    private final int maxIdentifiersPerCustomer;
    final LinkLedger ledger = new LinkLedger();
    /** Once resolved: the groups grown from the links used. */
    private CappedUnion union;
    /** Once resolved: the links that joined two groups, in evidence order. */
    private final IntPages treeLinks = new IntPages();
    private int treeLinkCount;
    /** Once resolved: identifiers (nodes) over the link limit. */
    private final BitSet anomalous = new BitSet();
    /** Once resolved: identifiers (nodes) with a link refused under the customer limit. */
    private final BitSet overCustomerLimit = new BitSet();
    private long anomalousIdentifiers;
    private long linksOverLinkLimit;
    private long linksOverCustomerLimit;

    private IdentityLinks(IdentityResolver resolver, RunSettings config) {
        this.resolver = resolver;
        this.maxLinksPerIdentifier = config.maxLinksPerIdentifier();
        this.maxIdentifiersPerCustomer = config.maxIdentifiersPerCustomer();
    }

    /** The run's resolution, over the identifiers held by {@code uuids} and {@code emails}. */
    static IdentityLinks of(RunSettings config, UuidIndex uuids, Utf8Dictionary emails) {
        if (config.identityResolver() == null) {
            return new IdentityLinks(null, config);
        }
        Identifiers identifiers = new Identifiers() {
            @Override
            public boolean isEmail(int identifier) {
                return Groups.isEmail(identifier);
            }

            @Override
            public String value(int identifier) {
                int index = Groups.index(identifier);
                return Groups.isEmail(identifier) ? emails.get(index) : uuids.get(index);
            }
        };
        return new IdentityLinks(newResolver(config, identifiers), config);
    }

    private static IdentityResolver newResolver(RunSettings config, Identifiers identifiers) {
        IdentityResolver resolver;
        try {
            resolver = config.identityResolver().apply(identifiers);
        } catch (RuntimeException failure) {
            throw new ExtensionException("the identity resolver factory failed: "
                    + failure.getMessage(), failure);
        }
        if (resolver == null) {
            throw new ExtensionException("the identity resolver factory gave null", null);
        }
        return resolver;
    }

    /** Registers a UUID slot. */
    void uuid(int slot) {
        if (resolver != null) {
            try {
                resolver.add(Groups.uuidNode(slot));
            } catch (RuntimeException failure) {
                throw failed("add", failure);
            }
        }
    }

    /** Registers an email code. */
    void email(int code) {
        if (resolver != null) {
            try {
                resolver.add(Groups.emailNode(code));
            } catch (RuntimeException failure) {
                throw failed("add", failure);
            }
        }
    }

    /** Records a link of a UUID slot and an email code carried by the record at {@code position}. */
    void link(int uuidSlot, int emailCode, long position) {
        ledger.add(uuidSlot, emailCode, position);
    }

    /**
     * Applies the guards and links the identifiers in evidence order. Call once, after the last
     * {@link #link}; {@code uuidCount} and {@code emailCount} are the identifiers registered.
     */
    void resolve(int uuidCount, int emailCount) {
        ledger.dropIndex();
        int nodes = Math.max(2 * uuidCount, 2 * emailCount + 1);
        markAnomalous(nodes);
        int[] order = ledger.inEvidenceOrder(Source.LEADS);
        union = new CappedUnion(nodes, maxIdentifiersPerCustomer);
        for (int link : order) {
            int uuid = Groups.uuidNode(ledger.uuidSlot(link));
            int email = Groups.emailNode(ledger.emailCode(link));
            if (anomalous.get(uuid) || anomalous.get(email)) {
                linksOverLinkLimit++;
                continue;
            }
            int outcome = union.link(uuid, email);
            if (outcome == CappedUnion.REFUSED) {
                linksOverCustomerLimit++;
                overCustomerLimit.set(uuid);
                overCustomerLimit.set(email);
                continue;
            }
            if (outcome == CappedUnion.JOINED) {
                treeLinks.set(treeLinkCount++, link);
            }
            if (resolver != null) {
                try {
                    resolver.link(uuid, email, LinkLedger.sourceOf(ledger.first(link)));
                } catch (RuntimeException failure) {
                    throw failed("link", failure);
                }
            }
        }
    }

    /** Marks the identifiers linked to more distinct others than the link limit. */
    private void markAnomalous(int nodes) {
        if (maxLinksPerIdentifier <= 0) {
            return;
        }
        int[] degree = new int[nodes];
        for (int link = 0; link < ledger.size(); link++) {
            degree[Groups.uuidNode(ledger.uuidSlot(link))]++;
            degree[Groups.emailNode(ledger.emailCode(link))]++;
        }
        for (int node = 0; node < nodes; node++) {
            if (degree[node] > maxLinksPerIdentifier) {
                anomalous.set(node);
                anomalousIdentifiers++;
            }
        }
    }

    /** The groups over every registered identifier. */
    Groups groups(UuidIndex uuids, Utf8Dictionary emails) {
        int[] root = new int[Math.max(2 * uuids.size(), 2 * emails.size() + 1)];
        Arrays.fill(root, -1);
        Map<Integer, Integer> renumbered = resolver == null ? null : new HashMap<>();
        for (int slot = 0; slot < uuids.size(); slot++) {
            root[Groups.uuidNode(slot)] = group(Groups.uuidNode(slot), renumbered);
        }
        for (int code = 0; code < emails.size(); code++) {
            root[Groups.emailNode(code)] = group(Groups.emailNode(code), renumbered);
        }
        return Groups.fromRoots(root);
    }

    /**
     * The group of a node: the built-in resolution's group is a node number itself; a user's
     * resolver may answer any int, numbered here from 0 in order of first appearance.
     */
    private int group(int node, Map<Integer, Integer> renumbered) {
        if (resolver == null) {
            return union.group(node);
        }
        int group;
        try {
            group = resolver.group(node);
        } catch (RuntimeException failure) {
            throw failed("group", failure);
        }
        return renumbered.computeIfAbsent(group, g -> renumbered.size());
    }

    /** How many links joined two groups; {@link #treeLink} numbers them from 0. */
    int treeLinkCount() {
        return treeLinkCount;
    }

    /** The {@code i}th link that joined two groups, in evidence order, as a ledger link. */
    int treeLink(int i) {
        return treeLinks.get(i);
    }

    /** Whether an identifier (node) is over the link limit. */
    boolean isAnomalous(int node) {
        return anomalous.get(node);
    }

    /** Whether an identifier (node) had a link refused under the customer limit. */
    boolean isOverCustomerLimit(int node) {
        return overCustomerLimit.get(node);
    }

    long anomalousIdentifiers() {
        return anomalousIdentifiers;
    }

    long linksOverLinkLimit() {
        return linksOverLinkLimit;
    }

    long linksOverCustomerLimit() {
        return linksOverCustomerLimit;
    }

    private RuntimeException failed(String method, RuntimeException failure) {
        return new ExtensionException("identity resolver " + resolver.getClass().getName()
                + " failed in " + method + ": " + failure.getMessage(), failure);
    }
}
