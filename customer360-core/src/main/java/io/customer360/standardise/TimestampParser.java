package io.customer360.standardise;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;

/** Timestamp parsing (SPEC §2). STUB: to be implemented. */
public final class TimestampParser implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ZoneId zone;
    private final DateOrder dateOrder;

    /** A parser reading values without offset in {@code zone} and slash dates in {@code dateOrder}. */
    public TimestampParser(ZoneId zone, DateOrder dateOrder) {
        this.zone = zone;
        this.dateOrder = dateOrder;
    }

    /** UTC, month first. */
    public static TimestampParser defaults() {
        return new TimestampParser(ZoneId.of("UTC"), DateOrder.MONTH_FIRST);
    }

    /** STUB. */
    public Standardised<Instant> parse(String raw) {
        throw new UnsupportedOperationException("not implemented yet " + zone + dateOrder);
    }
}
