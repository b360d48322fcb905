package io.customer360.aggregate;

import io.customer360.model.WebEvent;
import io.customer360.output.ColumnType;
import io.customer360.output.OutputColumn;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The built-in web columns: {@code web_event_count}, {@code total_page_views},
 * {@code session_count} (distinct non-missing session ids), {@code first_seen_at} and
 * {@code last_seen_at}.
 */
public final class WebActivityAggregator implements SlotAggregator<WebEvent> {
    private static final long serialVersionUID = 1L;
    private static final int EVENTS = 0;
    private static final int PAGE_VIEWS = 1;
    private static final int SESSIONS = 2;
    private static final int FIRST = 3;
    private static final int LAST = 4;
    private static final List<OutputColumn> COLUMNS = List.of(
            OutputColumn.required("web_event_count", ColumnType.INT64),
            OutputColumn.required("total_page_views", ColumnType.INT64),
            OutputColumn.required("session_count", ColumnType.INT64),
            OutputColumn.optional("first_seen_at", ColumnType.TIMESTAMP_MILLIS),
            OutputColumn.optional("last_seen_at", ColumnType.TIMESTAMP_MILLIS));
    private static final List<Slot> SLOTS = List.of(
            Slot.count("web_event_count"),
            Slot.sum("total_page_views"),
            Slot.distinctCount("session_count"),
            Slot.min("first_seen_at"),
            Slot.max("last_seen_at"));

    /** The aggregator of the built-in web columns. */
    public WebActivityAggregator() {
        // no settings
    }

    @Override
    public Class<WebEvent> recordType() {
        return WebEvent.class;
    }

    @Override
    public List<OutputColumn> columns() {
        return COLUMNS;
    }

    @Override
    public List<Slot> slots() {
        return SLOTS;
    }

    @Override
    public void add(WebEvent event, Slots slots) {
        slots.accumulate(EVENTS, 1L);
        slots.accumulate(PAGE_VIEWS, event.pageViews());
        if (event.sessionId() != null) {
            slots.accumulate(SESSIONS, event.sessionId());
        }
        Instant timestamp = event.timestamp();
        if (timestamp != null) {
            long millis = timestamp.toEpochMilli();
            slots.accumulate(FIRST, millis);
            slots.accumulate(LAST, millis);
        }
    }

    @Override
    public List<Object> output(SlotValues values) {
        return Arrays.asList(values.get(EVENTS), values.get(PAGE_VIEWS), values.get(SESSIONS),
                TransactionAggregator.instant(values.get(FIRST), Long.MAX_VALUE),
                TransactionAggregator.instant(values.get(LAST), Long.MIN_VALUE));
    }
}
