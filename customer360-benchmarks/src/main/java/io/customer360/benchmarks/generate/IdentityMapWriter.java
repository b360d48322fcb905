package io.customer360.benchmarks.generate;

import java.io.IOException;
import java.util.SplittableRandom;

/**
 * Writes {@code identity_map.csv}: about 85% of the people with leads are linked to their
 * first user UUID, and those with a second UUID to that one too. A {@code dirtyRate} share of
 * rows is invalid: missing email, invalid email, missing or invalid UUID.
 */
final class IdentityMapWriter {
    static final String HEADER = "email,user_uuid";

    private final People people;
    private final SplittableRandom random;
    private final double dirtyRate;

    IdentityMapWriter(People people, SplittableRandom random, double dirtyRate) {
        this.people = people;
        this.random = random;
        this.dirtyRate = dirtyRate;
    }

    void write(LineSink sink, long population) throws IOException {
        sink.line().append(HEADER);
        sink.endLine();
        for (long p = 0; p < population; p++) {
            if (!people.isMapped(p)) {
                continue;
            }
            for (int which = 0; which < (people.hasSecondUuid(p) ? 2 : 1); which++) {
                appendLink(sink.line(), p, which);
                sink.endLine();
            }
        }
    }

    private void appendLink(StringBuilder sb, long p, int which) {
        int dirt = random.nextDouble() < dirtyRate ? 1 + random.nextInt(4) : 0;
        if (dirt == 1) {
            sb.append("n/a");
        } else if (dirt == 2) {
            sb.append("no-at-sign.example.com");
        } else {
            people.appendEmail(sb, p);
        }
        sb.append(',');
        if (dirt == 3) {
            return;
        }
        if (dirt == 4) {
            sb.append("0000-not-a-uuid");
            return;
        }
        people.appendUuid(sb, p, which, Values.uuidStyle(random));
    }
}
