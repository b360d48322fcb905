package io.customer360;

import io.customer360.identity.IdentityResolver;
import io.customer360.identity.Identifiers;
import io.customer360.model.Source;
import java.util.Arrays;
import java.util.List;

/**
 * The identity evidence of a run over UUID slots and email codes. The default keeps a
 * union-find over node ids; with a custom {@link IdentityResolver} every call is passed on as
 * identifier keys and its groups are mapped back.
 */
abstract class IdentityLinks {

    /** Registers a UUID slot. */
    abstract void uuid(int slot);

    /** Registers an email code. */
    abstract void email(int code);

    /** Links a UUID slot and an email code on {@code evidence}. */
    abstract void link(int uuidSlot, int emailCode, Source evidence);

    /** The groups over every registered identifier. */
    abstract Groups groups(UuidIndex uuids, Utf8Dictionary emails);

    static IdentityLinks unionFind() {
        return new UnionFind();
    }

    static IdentityLinks bridge(IdentityResolver resolver, UuidIndex uuids, Utf8Dictionary emails) {
        return new Bridge(resolver, uuids, emails);
    }

    /** The default: connected components by union-find with path halving and union by size. */
    private static final class UnionFind extends IdentityLinks {
        private int[] parent = new int[64];
        private int[] size = new int[64];
        private int nodes;

        @Override
        void uuid(int slot) {
            node(Groups.uuidNode(slot));
        }

        @Override
        void email(int code) {
            node(Groups.emailNode(code));
        }

        @Override
        void link(int uuidSlot, int emailCode, Source evidence) {
            int a = find(node(Groups.uuidNode(uuidSlot)));
            int b = find(node(Groups.emailNode(emailCode)));
            if (a == b) {
                return;
            }
            if (size[a] < size[b]) {
                int swap = a;
                a = b;
                b = swap;
            }
            parent[b] = a;
            size[a] += size[b];
        }

        @Override
        Groups groups(UuidIndex uuids, Utf8Dictionary emails) {
            int[] root = new int[Math.max(2 * uuids.size(), 2 * emails.size() + 1)];
            Arrays.fill(root, -1);
            for (int slot = 0; slot < uuids.size(); slot++) {
                int node = node(Groups.uuidNode(slot));
                root[node] = find(node);
            }
            for (int code = 0; code < emails.size(); code++) {
                int node = node(Groups.emailNode(code));
                root[node] = find(node);
            }
            return Groups.fromRoots(root);
        }

        private int node(int node) {
            if (node >= parent.length) {
                int grown = Math.max(node + 1, parent.length * 2);
                parent = Arrays.copyOf(parent, grown);
                size = Arrays.copyOf(size, grown);
            }
            while (nodes <= node) {
                parent[nodes] = nodes;
                size[nodes] = 1;
                nodes++;
            }
            return node;
        }

        private int find(int node) {
            int i = node;
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }
    }

    /** Passes evidence to a user's resolver as {@code email:} and {@code uuid:} keys. */
    private static final class Bridge extends IdentityLinks {
        private final IdentityResolver resolver;
        private final UuidIndex uuids;
        private final Utf8Dictionary emails;

        Bridge(IdentityResolver resolver, UuidIndex uuids, Utf8Dictionary emails) {
            this.resolver = resolver;
            this.uuids = uuids;
            this.emails = emails;
        }

        @Override
        void uuid(int slot) {
            resolver.add(Identifiers.uuid(uuids.get(slot)));
        }

        @Override
        void email(int code) {
            resolver.add(Identifiers.email(emails.get(code)));
        }

        @Override
        void link(int uuidSlot, int emailCode, Source evidence) {
            resolver.link(Identifiers.uuid(uuids.get(uuidSlot)),
                    Identifiers.email(emails.get(emailCode)), evidence);
        }

        @Override
        Groups groups(UuidIndex uuidIndex, Utf8Dictionary emailCodes) {
            int[] root = new int[Math.max(2 * uuidIndex.size(), 2 * emailCodes.size() + 1)];
            Arrays.fill(root, -1);
            for (List<String> group : resolver.groups()) {
                int first = -1;
                for (String key : group) {
                    int node = nodeOf(key);
                    if (root[node] >= 0) {
                        throw new IllegalStateException("identity resolver put " + kind(key)
                                + " in two groups");
                    }
                    first = first < 0 ? node : first;
                    root[node] = first;
                }
            }
            for (int slot = 0; slot < uuidIndex.size(); slot++) {
                requireGrouped(root, Groups.uuidNode(slot));
            }
            for (int code = 0; code < emailCodes.size(); code++) {
                requireGrouped(root, Groups.emailNode(code));
            }
            return Groups.fromRoots(root);
        }

        private static void requireGrouped(int[] root, int node) {
            if (root[node] < 0) {
                throw new IllegalStateException("identity resolver left "
                        + (Groups.isEmail(node) ? "an email" : "a user UUID")
                        + " out of every group");
            }
        }

        private int nodeOf(String key) {
            if (Identifiers.isUuid(key)) {
                int slot;
                try {
                    slot = uuids.find(Identifiers.value(key));
                } catch (IllegalArgumentException notNormalised) {
                    slot = -1;
                }
                if (slot >= 0) {
                    return Groups.uuidNode(slot);
                }
            } else if (Identifiers.isEmail(key)) {
                int code = emails.find(Identifiers.value(key));
                if (code >= 0) {
                    return Groups.emailNode(code);
                }
            }
            throw new IllegalStateException("identity resolver returned " + kind(key)
                    + " that no accepted record holds");
        }

        private static String kind(String key) {
            return Identifiers.isEmail(key) ? "an email" : "an identifier";
        }
    }
}
