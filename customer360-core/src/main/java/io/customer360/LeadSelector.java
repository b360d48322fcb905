package io.customer360;

import io.customer360.model.Lead;
import io.customer360.read.RawRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the newest lead per email (SPEC §3): the latest {@code creation_date} wins, a missing
 * date loses to any date, and on a tie the later row wins.
 */
final class LeadSelector {
    /** Orders leads from oldest to newest by the SPEC's rule. */
    static final Comparator<Lead> NEWEST_LAST = Comparator
            .comparing(Lead::creationDate, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(Lead::line);

    private record Held(Lead lead, RawRecord raw) {
    }

    private final Map<String, Held> newestByEmail = new HashMap<>();

    /**
     * Offers an accepted lead read from {@code raw}.
     *
     * @return the raw record of the lead that lost (the earlier holder of the email, or
     *     {@code raw} itself), or null when the email was new
     */
    RawRecord offer(Lead lead, RawRecord raw) {
        Held held = newestByEmail.get(lead.email());
        if (held == null) {
            newestByEmail.put(lead.email(), new Held(lead, raw));
            return null;
        }
        if (NEWEST_LAST.compare(lead, held.lead()) > 0) {
            newestByEmail.put(lead.email(), new Held(lead, raw));
            return held.raw();
        }
        return raw;
    }

    /** The newest lead of an email, or null. */
    Lead newest(String email) {
        Held held = newestByEmail.get(email);
        return held == null ? null : held.lead();
    }

    /** The newest lead of every email. */
    List<Lead> winners() {
        List<Lead> winners = new ArrayList<>(newestByEmail.size());
        for (Held held : newestByEmail.values()) {
            winners.add(held.lead());
        }
        return winners;
    }
}
