package io.customer360.benchmarks.generate;

import java.util.Locale;

/**
 * The generated population: person {@code p} has a name, one email and one or two user UUIDs,
 * all pure functions of the seed and {@code p}, so that every file can refer to the same people
 * without any table in memory. People from {@code 0} to {@code leads - 1} may have leads and
 * identity-map rows; higher numbers are anonymous visitors.
 */
final class People {
    private static final String[] FIRST = {
        "john", "mary", "anne-marie", "james", "patricia", "robert", "jennifer", "michael",
        "linda", "william", "elizabeth", "david", "barbara", "richard", "susan", "joseph",
        "jessica", "thomas", "sarah", "charles", "karen", "daniel", "nancy", "matthew", "lisa",
        "anthony", "betty", "mark", "sandra", "ana", "jose", "zoe", "chen", "priya", "olga",
        "ahmed", "fatima", "lars", "ingrid", "kenji"};
    private static final String[] LAST = {
        "smith", "johnson", "o'brien", "van der berg", "williams", "brown", "jones", "garcia",
        "miller", "davis", "rodriguez", "martinez", "hernandez", "lopez", "gonzalez", "wilson",
        "anderson", "taylor", "smith-jones", "moore", "jackson", "martin", "lee", "perez",
        "thompson", "white", "harris", "sanchez", "clark", "ramirez", "lewis", "robinson",
        "walker", "young", "allen", "king", "wright", "d'angelo", "nguyen", "mueller"};
    private static final String[] DOMAINS = {
        "example.com", "mail.example.org", "corp.example.net", "example.co.uk", "shop.example.io"};

    private final long seed;

    People(long seed) {
        this.seed = seed;
    }

    /** The lower-case email of person {@code p}: unique per person. */
    void appendEmail(StringBuilder sb, long p) {
        appendToken(sb, FIRST[(int) (p % FIRST.length)]);
        sb.append('.');
        appendToken(sb, LAST[(int) (p / FIRST.length % LAST.length)]);
        sb.append(p).append('@').append(DOMAINS[(int) (p % DOMAINS.length)]);
    }

    /** The email of person {@code p} with a valid casing variant (lower, capitalised, upper). */
    void appendEmail(StringBuilder sb, long p, int casing) {
        int start = sb.length();
        appendEmail(sb, p);
        if (casing == 1) {
            sb.setCharAt(start, Character.toUpperCase(sb.charAt(start)));
        } else if (casing == 2) {
            String upper = sb.substring(start).toUpperCase(Locale.ROOT);
            sb.setLength(start);
            sb.append(upper);
        }
    }

    /** Person {@code p}'s first name, lower case as stored. */
    String firstName(long p) {
        return FIRST[(int) (p % FIRST.length)];
    }

    /** Person {@code p}'s last name, lower case as stored. */
    String lastName(long p) {
        return LAST[(int) (p / FIRST.length % LAST.length)];
    }

    /** Whether person {@code p} uses a second user UUID. */
    boolean hasSecondUuid(long p) {
        return Long.remainderUnsigned(mix(p, 7), 100) < 30;
    }

    /** Whether person {@code p}'s email is linked in the identity map. */
    boolean isMapped(long p) {
        return Long.remainderUnsigned(mix(p, 11), 100) < 85;
    }

    /** Appends user UUID {@code which} (0 or 1) of person {@code p}. */
    void appendUuid(StringBuilder sb, long p, int which, Values.UuidStyle style) {
        long hi = mix(p, 100 + which);
        long lo = mix(p, 200 + which);
        if (hi == 0 && lo == 0) {
            lo = 1;
        }
        Values.appendUuid(sb, hi, lo, style);
    }

    /** A session number of person {@code p}: people have a handful of sessions each. */
    long session(long p, int index) {
        return mix(p, 300 + index) >>> 16;
    }

    private long mix(long p, long salt) {
        long z = seed + p * 0x9E3779B97F4A7C15L + salt * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static void appendToken(StringBuilder sb, String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != ' ' && c != '\'') {
                sb.append(c);
            }
        }
    }
}
