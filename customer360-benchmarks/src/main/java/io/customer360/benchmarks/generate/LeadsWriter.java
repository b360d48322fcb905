package io.customer360.benchmarks.generate;

import java.io.IOException;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes {@code crm_leads.csv}: lead {@code k} is person {@code k}, except that about 6% of
 * leads repeat an earlier person's email (in another casing, with another date), which makes
 * {@code DUPLICATE_LEAD}s. Names come in lower, upper and title case, with doubled spaces and
 * now and then quoted as {@code "last, first"}. A {@code dirtyRate} share of rows is invalid:
 * missing or invalid email, invalid UUID, invalid date, or a wrong field count. The file's
 * last record, when there are at least two leads, has a quote that is never closed.
 */
final class LeadsWriter {
    static final String HEADER = "lead_id,full_name,email,phone,lead_source,creation_date,user_uuid";
    private static final String[] SOURCES = {"Web", "referral", "ADS", "Trade Show", "partner", "n/a"};
    private static final String[] INVALID_EMAILS = {
        "a@@b.io", "john.doe@", "no-at-sign.example.com", "x@y", ".dot@example.com",
        "two..dots@example.com", "user@-bad.com", "user@example.c0m"};
    private static final double DUPLICATE_RATE = 0.06;

    private final People people;
    private final SplittableRandom random;
    private final double dirtyRate;

    LeadsWriter(People people, SplittableRandom random, double dirtyRate) {
        this.people = people;
        this.random = random;
        this.dirtyRate = dirtyRate;
    }

    void write(LineSink sink, long leads) throws IOException {
        sink.line().append(HEADER);
        sink.endLine();
        for (long k = 0; k < leads; k++) {
            StringBuilder sb = sink.line();
            long person = k > 0 && random.nextDouble() < DUPLICATE_RATE ? random.nextLong(k) : k;
            if (k == leads - 1 && leads > 1) {
                sb.append("L-").append(k).append(",\"unclosed quote ");
                people.appendEmail(sb, person);
            } else {
                int dirt = random.nextDouble() < dirtyRate ? 1 + random.nextInt(5) : 0;
                appendLead(sb, k, person, dirt);
            }
            sink.endLine();
        }
    }

    private void appendLead(StringBuilder sb, long k, long person, int dirt) {
        sb.append("L-").append(k).append(',');
        appendName(sb, person);
        sb.append(',');
        if (dirt == 1) {
            sb.append(random.nextBoolean() ? "" : "N/A");
        } else if (dirt == 2) {
            sb.append(INVALID_EMAILS[random.nextInt(INVALID_EMAILS.length)]);
        } else {
            int r = random.nextInt(100);
            people.appendEmail(sb, person, r < 80 ? 0 : r < 95 ? 1 : 2);
        }
        sb.append(',');
        if (random.nextInt(10) > 0) {
            sb.append("+1-555-");
            Values.appendPadded(sb, random.nextInt(10_000_000), 7);
        }
        sb.append(',').append(SOURCES[random.nextInt(SOURCES.length)]).append(',');
        if (dirt == 4) {
            Values.appendInvalidTimestamp(sb, random);
        } else if (random.nextInt(100) > 0) {
            Values.appendTimestamp(sb, Values.randomSecond(random), random);
        }
        sb.append(',');
        if (dirt == 3) {
            sb.append(random.nextBoolean() ? "00000000-0000-0000-0000-000000000000" : "not-a-uuid");
        } else if (random.nextBoolean()) {
            people.appendUuid(sb, person, 0, Values.uuidStyle(random));
        }
        if (dirt == 5) {
            sb.append(",extra");
        }
    }

    private void appendName(StringBuilder sb, long person) {
        String first = people.firstName(person);
        String last = people.lastName(person);
        int form = random.nextInt(100);
        if (form < 3) {
            sb.append('"').append(last).append(", ").append(first).append('"');
        } else if (form < 40) {
            sb.append(first).append(' ').append(last);
        } else if (form < 55) {
            sb.append(first.toUpperCase(Locale.ROOT)).append("  ").append(last.toUpperCase(Locale.ROOT));
        } else {
            appendTitle(sb, first);
            sb.append(' ');
            appendTitle(sb, last);
        }
    }

    private static void appendTitle(StringBuilder sb, String name) {
        boolean start = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            sb.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
    }
}
