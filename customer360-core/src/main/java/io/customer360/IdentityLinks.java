package io.customer360;

import io.customer360.identity.IdentityResolver;
import io.customer360.identity.DisjointSets;
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

    /** The default: connected components over node ids. */
    private static final class UnionFind extends IdentityLinks {
        private final DisjointSets sets = new DisjointSets();

        @Override
        void uuid(int slot) {
            sets.add(Groups.uuidNode(slot));
        }

        @Override
        void email(int code) {
            sets.add(Groups.emailNode(code));
        }

        @Override
        void link(int uuidSlot, int emailCode, Source evidence) {
            sets.union(Groups.uuidNode(uuidSlot), Groups.emailNode(emailCode));
        }

        @Override
        Groups groups(UuidIndex uuids, Utf8Dictionary emails) {
            int[] root = new int[Math.max(2 * uuids.size(), 2 * emails.size() + 1)];
            Arrays.fill(root, -1);
            for (int slot = 0; slot < uuids.size(); slot++) {
                root[Groups.uuidNode(slot)] = sets.find(Groups.uuidNode(slot));
            }
            for (int code = 0; code < emails.size(); code++) {
                root[Groups.emailNode(code)] = sets.find(Groups.emailNode(code));
            }
            return Groups.fromRoots(root);
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
            String key = Identifiers.uuid(uuids.get(slot));
            call("add", () -> resolver.add(key));
        }

        @Override
        void email(int code) {
            String key = Identifiers.email(emails.get(code));
            call("add", () -> resolver.add(key));
        }

        @Override
        void link(int uuidSlot, int emailCode, Source evidence) {
            String uuid = Identifiers.uuid(uuids.get(uuidSlot));
            String email = Identifiers.email(emails.get(emailCode));
            call("link", () -> resolver.link(uuid, email, evidence));
        }

        private void call(String method, Runnable call) {
            try {
                call.run();
            } catch (RuntimeException failure) {
                throw new ExtensionException("identity resolver " + resolver.getClass().getName()
                        + " failed in " + method + ": " + failure.getMessage(), failure);
            }
        }

        @Override
        Groups groups(UuidIndex uuidIndex, Utf8Dictionary emailCodes) {
            int[] root = new int[Math.max(2 * uuidIndex.size(), 2 * emailCodes.size() + 1)];
            Arrays.fill(root, -1);
            java.util.Collection<List<String>> groups;
            try {
                groups = resolver.groups();
            } catch (RuntimeException failure) {
                throw new ExtensionException("identity resolver " + resolver.getClass().getName()
                        + " failed in groups: " + failure.getMessage(), failure);
            }
            for (List<String> group : groups) {
                int first = -1;
                for (String key : group) {
                    int node = nodeOf(key);
                    if (root[node] >= 0) {
                        throw new ExtensionException("identity resolver put " + kind(key)
                                + " in two groups", null);
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
                throw new ExtensionException("identity resolver left "
                        + (Groups.isEmail(node) ? "an email" : "a user UUID")
                        + " out of every group", null);
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
            throw new ExtensionException("identity resolver returned " + kind(key)
                    + " that no accepted record holds", null);
        }

        private static String kind(String key) {
            return Identifiers.isEmail(key) ? "an email" : "an identifier";
        }
    }
}
