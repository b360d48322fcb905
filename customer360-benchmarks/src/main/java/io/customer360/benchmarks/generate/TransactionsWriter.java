package io.customer360.benchmarks.generate;

import java.io.IOException;
import java.util.SplittableRandom;

/**
 * Writes {@code transactions.txt} (pipe-delimited). About 8% of transactions come from
 * anonymous visitors, 10% carry the buyer's email, 1% repeat an earlier transaction id.
 * Statuses come in mixed case and both spellings of cancelled; amounts and dates in every valid
 * form. A {@code dirtyRate} share of rows is invalid, one of: missing id, missing or invalid
 * UUID, invalid amount ({@code $5}, {@code 1,200}), non-positive amount, invalid date, missing
 * or unknown status, invalid email, wrong field count. Every 50,000th row (from row 25,000)
 * opens a quote that is never closed; they are far enough apart that each costs one record.
 */
final class TransactionsWriter {
    static final String HEADER = "transaction_id|user_uuid|amount|status|transaction_date|email";
    static final long UNCLOSED_QUOTE_EVERY = 50_000;
    private static final String[] STATUSES = {
        "completed", "Completed", "COMPLETED", "pending", "PENDING", "Pending", "refunded",
        "Refunded", "failed", "FAILED", "canceled", "Cancelled", "cancelled", "CANCELED"};
    private static final int[] STATUS_WEIGHTS = {30, 20, 10, 7, 4, 4, 5, 3, 4, 3, 3, 3, 2, 2};
    private static final String[] INVALID_AMOUNTS = {"$5", "1,200", "abc", "", "12.5.3", "NaN", ".5"};
    private static final String[] NON_POSITIVE_AMOUNTS = {"-10.0", "0", "0.001", "-0.5", "0.00"};
    private static final String[] INVALID_UUIDS = {
        "not-a-uuid", "00000000-0000-0000-0000-000000000000", "12345678-1234-1234-1234-12345678",
        "{8f14e45f-ceea-467f-a8f5-1c6e6f1d2a33", "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz"};
    private static final double DUPLICATE_RATE = 0.01;
    private static final int DIRT_KINDS = 10;

    private final People people;
    private final SplittableRandom random;
    private final double dirtyRate;
    private final long population;

    TransactionsWriter(People people, SplittableRandom random, double dirtyRate, long population) {
        this.people = people;
        this.random = random;
        this.dirtyRate = dirtyRate;
        this.population = Math.max(1, population);
    }

    void write(LineSink sink, long transactions) throws IOException {
        sink.line().append(HEADER);
        sink.endLine();
        for (long i = 0; i < transactions; i++) {
            int dirt = random.nextDouble() < dirtyRate ? 1 + random.nextInt(DIRT_KINDS) : 0;
            appendTransaction(sink.line(), i, dirt);
            sink.endLine();
        }
    }

    private void appendTransaction(StringBuilder sb, long i, int dirt) {
        long person = random.nextInt(100) < 8
                ? population + random.nextLong(population / 4 + 1) : random.nextLong(population);
        if (dirt != 1) {
            long id = i > 0 && random.nextDouble() < DUPLICATE_RATE ? random.nextLong(i) : i;
            sb.append("TX-").append(id + 1);
        }
        sb.append('|');
        if (i % UNCLOSED_QUOTE_EVERY == UNCLOSED_QUOTE_EVERY / 2) {
            sb.append("\"unclosed");
        } else if (dirt == 2) {
            sb.append(random.nextBoolean() ? "" : "NULL");
        } else if (dirt == 3) {
            sb.append(INVALID_UUIDS[random.nextInt(INVALID_UUIDS.length)]);
        } else {
            int which = person < population && people.hasSecondUuid(person) ? random.nextInt(2) : 0;
            people.appendUuid(sb, person, which, Values.uuidStyle(random));
        }
        sb.append('|');
        if (dirt == 4) {
            sb.append(INVALID_AMOUNTS[random.nextInt(INVALID_AMOUNTS.length)]);
        } else if (dirt == 5) {
            sb.append(NON_POSITIVE_AMOUNTS[random.nextInt(NON_POSITIVE_AMOUNTS.length)]);
        } else {
            Values.appendAmount(sb, 100 + random.nextInt(50_000), random);
        }
        sb.append('|');
        if (dirt == 7) {
            sb.append(random.nextBoolean() ? " " : "none");
        } else if (dirt == 8) {
            sb.append(random.nextBoolean() ? "shipped" : "complete");
        } else {
            sb.append(STATUSES[weighted()]);
        }
        sb.append('|');
        if (dirt == 6) {
            Values.appendInvalidTimestamp(sb, random);
        } else if (random.nextInt(100) > 0) {
            Values.appendTimestamp(sb, Values.randomSecond(random), random);
        }
        if (dirt == 10) {
            if (random.nextBoolean()) {
                sb.append("|x|y");
            }
            return;
        }
        sb.append('|');
        if (dirt == 9) {
            sb.append("buyer@@example.com");
        } else if (person < population && random.nextInt(10) == 0) {
            people.appendEmail(sb, person);
        }
    }

    private int weighted() {
        int r = random.nextInt(100);
        for (int s = 0; s < STATUS_WEIGHTS.length; s++) {
            r -= STATUS_WEIGHTS[s];
            if (r < 0) {
                return s;
            }
        }
        return 0;
    }
}
