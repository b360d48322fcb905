package io.customer360;

import io.customer360.model.WebEvent;

/** Spills the session id of every accepted web event, on the web activity reader thread. */
final class SessionSpillCoder implements RecordCoder<WebEvent> {
    private final SessionSpill spill;

    SessionSpillCoder(SessionSpill spill) {
        this.spill = spill;
    }

    @Override
    public int code(WebEvent event) {
        if (event.sessionId() != null) {
            spill.add(UuidIndex.high(event.userUuid()), UuidIndex.low(event.userUuid()),
                    event.sessionId());
        }
        return NONE;
    }
}
