package io.customer360.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customer360.model.WebEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebActivityAggregatorTest {
    private final WebActivityAggregator aggregator = new WebActivityAggregator();

    private static WebEvent event(String session, long views, String when) {
        return new WebEvent("u", session, views, when == null ? null : Instant.parse(when), null,
                1);
    }

    @Test
    void countsEventsViewsAndDistinctSessions() {
        Object state = aggregator.create();
        state = aggregator.add(state, event("s1", 3, "2024-01-02T00:00:00Z"));
        state = aggregator.add(state, event("s1", 0, "2024-01-01T00:00:00Z"));
        state = aggregator.add(state, event(null, 2, null));
        Object other = aggregator.add(aggregator.create(), event("s2", 1, "2024-02-01T00:00:00Z"));

        List<Object> values = aggregator.output(aggregator.merge(state, other));

        assertThat(values).containsExactly(4L, 6L, 2L, Instant.parse("2024-01-01T00:00:00Z"),
                Instant.parse("2024-02-01T00:00:00Z"));
    }

    @Test
    void givesZerosAndNullTimesWithoutEvents() {
        assertThat(aggregator.output(aggregator.create())).containsExactly(0L, 0L, 0L, null, null);
    }

    @Test
    void failsWhenPageViewsOverflow() {
        Object state = aggregator.add(aggregator.create(), event(null, Long.MAX_VALUE, null));

        assertThatThrownBy(() -> aggregator.add(state, event(null, 1, null)))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("total_page_views");
    }
}
