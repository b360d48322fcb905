package io.customer360.engine;

import io.customer360.error.ExtensionException;
import io.customer360.identity.Identifiers;
import io.customer360.identity.IdentityResolver;
import io.customer360.model.Source;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The identity evidence of a run, given to its {@link IdentityResolver} over identifier numbers:
 * {@link Groups#uuidNode} of a UUID slot, {@link Groups#emailNode} of an email code. A failure of
 * a user's resolver becomes an {@link ExtensionException} naming it.
 */
final class IdentityLinks {
    private final IdentityResolver resolver;
    private final boolean builtIn;

    IdentityLinks(IdentityResolver resolver, boolean builtIn) {
        this.resolver = resolver;
        this.builtIn = builtIn;
    }

    /** The run's resolver, over the identifiers held by {@code uuids} and {@code emails}. */
    static IdentityLinks of(RunSettings config, UuidIndex uuids, Utf8Dictionary emails) {
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
        IdentityResolver resolver = newResolver(config, identifiers);
        return new IdentityLinks(resolver, resolver.getClass().getPackageName()
                .equals(IdentityResolver.class.getPackageName()));
    }

    private static IdentityResolver newResolver(RunSettings config, Identifiers identifiers) {
        if (config.identityResolver() == null) {
            return IdentityResolver.connectedComponents();
        }
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
        try {
            resolver.add(Groups.uuidNode(slot));
        } catch (RuntimeException failure) {
            throw failed("add", failure);
        }
    }

    /** Registers an email code. */
    void email(int code) {
        try {
            resolver.add(Groups.emailNode(code));
        } catch (RuntimeException failure) {
            throw failed("add", failure);
        }
    }

    /** Links a UUID slot and an email code on {@code evidence}. */
    void link(int uuidSlot, int emailCode, Source evidence) {
        try {
            resolver.link(Groups.uuidNode(uuidSlot), Groups.emailNode(emailCode), evidence);
        } catch (RuntimeException failure) {
            throw failed("link", failure);
        }
    }

    /** The groups over every registered identifier. */
    Groups groups(UuidIndex uuids, Utf8Dictionary emails) {
        int[] root = new int[Math.max(2 * uuids.size(), 2 * emails.size() + 1)];
        Arrays.fill(root, -1);
        Map<Integer, Integer> renumbered = builtIn ? null : new HashMap<>();
        for (int slot = 0; slot < uuids.size(); slot++) {
            root[Groups.uuidNode(slot)] = group(Groups.uuidNode(slot), renumbered);
        }
        for (int code = 0; code < emails.size(); code++) {
            root[Groups.emailNode(code)] = group(Groups.emailNode(code), renumbered);
        }
        return Groups.fromRoots(root);
    }

    /**
     * The group of a node: the built-in resolver's group is a node number itself; a user's
     * resolver may answer any int, numbered here from 0 in order of first appearance.
     */
    private int group(int node, Map<Integer, Integer> renumbered) {
        int group;
        try {
            group = resolver.group(node);
        } catch (RuntimeException failure) {
            throw failed("group", failure);
        }
        return renumbered == null ? group
                : renumbered.computeIfAbsent(group, g -> renumbered.size());
    }

    private RuntimeException failed(String method, RuntimeException failure) {
        if (builtIn) {
            return failure;
        }
        return new ExtensionException("identity resolver " + resolver.getClass().getName()
                + " failed in " + method + ": " + failure.getMessage(), failure);
    }
}
