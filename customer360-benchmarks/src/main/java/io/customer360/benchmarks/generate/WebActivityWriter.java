package io.customer360.benchmarks.generate;

import java.io.IOException;
import java.util.SplittableRandom;

/**
 * Writes {@code web_activity.json} (JSON Lines). About 20% of events are anonymous and 5% carry
 * an email; the timestamp comes as {@code timestamp}, {@code event_time} or {@code ts};
 * {@code page_views} as a number, a string of digits, {@code 3.0} or absent. A
 * {@code dirtyRate} share of lines is invalid, one of: not JSON, not an object, missing or
 * invalid UUID, invalid page views, invalid timestamp, invalid email.
 */
final class WebActivityWriter {
    private static final String[] TIMESTAMP_KEYS = {"timestamp", "timestamp", "timestamp",
        "timestamp", "timestamp", "timestamp", "timestamp", "timestamp", "event_time", "ts"};
    private static final String[] PAGES = {"/", "/pricing", "/product/42", "/cart", "/checkout",
        "/blog/how-to", "/search?q=shoes", "/account"};
    private static final String[] NOT_JSON = {
        "{\"user_uuid\": \"abc", "not json at all", "{\"user_uuid\":\"x\",}", "[1,2,3]", "42",
        "{\"page_views\": 3} trailing"};
    private static final String[] INVALID_PAGE_VIEWS = {"-1", "\"abc\"", "2.5", "true", "\"3.0\"", "\"-2\""};
    private static final int DIRT_KINDS = 6;

    private final People people;
    private final SplittableRandom random;
    private final double dirtyRate;
    private final long population;

    WebActivityWriter(People people, SplittableRandom random, double dirtyRate, long population) {
        this.people = people;
        this.random = random;
        this.dirtyRate = dirtyRate;
        this.population = Math.max(1, population);
    }

    void write(LineSink sink, long events) throws IOException {
        for (long i = 0; i < events; i++) {
            int dirt = random.nextDouble() < dirtyRate ? 1 + random.nextInt(DIRT_KINDS) : 0;
            StringBuilder sb = sink.line();
            if (dirt == 1) {
                sb.append(NOT_JSON[random.nextInt(NOT_JSON.length)]);
            } else {
                appendEvent(sb, dirt);
            }
            sink.endLine();
        }
    }

    private void appendEvent(StringBuilder sb, int dirt) {
        long person = random.nextInt(100) < 20
                ? population + random.nextLong(population / 2 + 1) : random.nextLong(population);
        sb.append('{');
        if (dirt == 2) {
            sb.append(random.nextBoolean() ? "\"user_uuid\":null" : "\"user_uuid\":\"\"");
        } else if (dirt == 3) {
            sb.append("\"user_uuid\":\"").append(random.nextBoolean() ? "bad-uuid" : "{1234}").append('"');
        } else {
            int which = person < population && people.hasSecondUuid(person) ? random.nextInt(2) : 0;
            sb.append("\"user_uuid\":\"");
            people.appendUuid(sb, person, which, Values.uuidStyle(random));
            sb.append('"');
        }
        sb.append(",\"session_id\":\"s-");
        Values.appendHex(sb, people.session(person, random.nextInt(4)), 10);
        sb.append('"');
        int views = random.nextInt(100);
        if (dirt == 4) {
            sb.append(",\"page_views\":").append(INVALID_PAGE_VIEWS[random.nextInt(INVALID_PAGE_VIEWS.length)]);
        } else if (views < 70) {
            sb.append(",\"page_views\":").append(1 + random.nextInt(12));
        } else if (views < 85) {
            sb.append(",\"page_views\":\"").append(random.nextInt(12)).append('"');
        } else if (views < 90) {
            sb.append(",\"page_views\":").append(1 + random.nextInt(12)).append(".0");
        }
        sb.append(",\"").append(TIMESTAMP_KEYS[random.nextInt(TIMESTAMP_KEYS.length)]).append("\":\"");
        if (dirt == 5) {
            Values.appendInvalidTimestamp(sb, random);
        } else {
            Values.appendTimestamp(sb, Values.randomSecond(random), random);
        }
        sb.append("\",\"url\":\"").append(PAGES[random.nextInt(PAGES.length)]).append('"');
        if (dirt == 6) {
            sb.append(",\"email\":\"visitor@localhost\"");
        } else if (person < population && random.nextInt(20) == 0) {
            sb.append(",\"email\":\"");
            people.appendEmail(sb, person);
            sb.append('"');
        }
        sb.append('}');
    }
}
