package io.customer360.aggregate;

import io.customer360.model.WebEvent;
import io.customer360.output.ColumnType;
import io.customer360.output.OutputColumn;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The built-in web columns of SPEC §5: {@code web_event_count}, {@code total_page_views},
 * {@code session_count} (distinct non-missing session ids), {@code first_seen_at} and
 * {@code last_seen_at}.
 */
public final class WebActivityAggregator implements Aggregator<WebEvent, Object> {
    private static final long serialVersionUID = 1L;
    private static final List<OutputColumn> COLUMNS = List.of(
            OutputColumn.required("web_event_count", ColumnType.INT64),
            OutputColumn.required("total_page_views", ColumnType.INT64),
            OutputColumn.required("session_count", ColumnType.INT64),
            OutputColumn.optional("first_seen_at", ColumnType.TIMESTAMP_MILLIS),
            OutputColumn.optional("last_seen_at", ColumnType.TIMESTAMP_MILLIS));

    @Override
    public Class<WebEvent> recordType() {
        return WebEvent.class;
    }

    @Override
    public List<OutputColumn> columns() {
        return COLUMNS;
    }

    @Override
    public Object create() {
        return new WebTotals();
    }

    @Override
    public Object add(Object state, WebEvent event) {
        WebTotals totals = (WebTotals) state;
        totals.events = Sums.int64(totals.events, 1, "web_event_count");
        totals.pageViews = Sums.int64(totals.pageViews, event.pageViews(), "total_page_views");
        if (event.sessionId() != null) {
            totals.sessions.add(event.sessionId());
        }
        if (event.timestamp() != null) {
            long millis = event.timestamp().toEpochMilli();
            totals.firstMillis = Math.min(totals.firstMillis, millis);
            totals.lastMillis = Math.max(totals.lastMillis, millis);
        }
        return totals;
    }

    @Override
    public Object merge(Object left, Object right) {
        WebTotals into = (WebTotals) left;
        WebTotals from = (WebTotals) right;
        into.events = Sums.int64(into.events, from.events, "web_event_count");
        into.pageViews = Sums.int64(into.pageViews, from.pageViews, "total_page_views");
        into.sessions.addAll(from.sessions);
        into.firstMillis = Math.min(into.firstMillis, from.firstMillis);
        into.lastMillis = Math.max(into.lastMillis, from.lastMillis);
        return into;
    }

    @Override
    public List<Object> output(Object state) {
        WebTotals totals = (WebTotals) state;
        return Arrays.asList(totals.events, totals.pageViews, (long) totals.sessions.size(),
                totals.firstMillis == Long.MAX_VALUE ? null : Instant.ofEpochMilli(totals.firstMillis),
                totals.lastMillis == Long.MIN_VALUE ? null : Instant.ofEpochMilli(totals.lastMillis));
    }
}
