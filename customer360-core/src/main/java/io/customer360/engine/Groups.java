package io.customer360.engine;

import java.util.Arrays;

/**
 * Identity groups as runs of a member array. A member is a node id: {@code 2 * slot} for the
 * user UUID in that slot, {@code 2 * code + 1} for the email with that code.
 */
final class Groups {
    private final int[] start;
    private final int[] members;

    private Groups(int[] start, int[] members) {
        this.start = start;
        this.members = members;
    }

    static int uuidNode(int slot) {
        return 2 * slot;
    }

    static int emailNode(int code) {
        return 2 * code + 1;
    }

    static boolean isEmail(int node) {
        return (node & 1) == 1;
    }

    static int index(int node) {
        return node >>> 1;
    }

    /** Builds groups from a root per node; nodes whose root is -1 are not present. */
    static Groups fromRoots(int[] root) {
        int[] size = new int[root.length];
        int groupCount = 0;
        int[] groupOfRoot = new int[root.length];
        Arrays.fill(groupOfRoot, -1);
        for (int node = 0; node < root.length; node++) {
            if (root[node] >= 0 && groupOfRoot[root[node]] < 0) {
                groupOfRoot[root[node]] = groupCount++;
            }
        }
        for (int node = 0; node < root.length; node++) {
            if (root[node] >= 0) {
                size[groupOfRoot[root[node]]]++;
            }
        }
        int[] start = new int[groupCount + 1];
        for (int g = 0; g < groupCount; g++) {
            start[g + 1] = start[g] + size[g];
        }
        int[] fill = Arrays.copyOf(start, groupCount);
        int[] members = new int[start[groupCount]];
        for (int node = 0; node < root.length; node++) {
            if (root[node] >= 0) {
                members[fill[groupOfRoot[root[node]]]++] = node;
            }
        }
        return new Groups(start, members);
    }

    int count() {
        return start.length - 1;
    }

    int size(int group) {
        return start[group + 1] - start[group];
    }

    int member(int group, int i) {
        return members[start[group] + i];
    }
}
