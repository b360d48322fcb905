package io.customer360;

import io.customer360.model.WebEvent;

/** Codes the session ids of web events, so that distinct sessions can be counted compactly. */
final class SessionCoder implements RecordCoder<WebEvent> {
    private final Utf8Dictionary sessions = new Utf8Dictionary();

    @Override
    public int code(WebEvent event) {
        if (event.sessionId() == null) {
            return NONE;
        }
        int code = sessions.add(event.sessionId());
        return code >= 0 ? code : -(code + 1);
    }
}
