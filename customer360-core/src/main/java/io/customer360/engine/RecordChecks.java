package io.customer360.engine;

import io.customer360.engine.parse.IdentityLinkParser;
import io.customer360.engine.parse.LeadParser;
import io.customer360.engine.parse.RecordCheck;
import io.customer360.engine.parse.TransactionParser;
import io.customer360.engine.parse.WebEventParser;
import io.customer360.model.IdentityLink;
import io.customer360.model.Lead;
import io.customer360.model.Source;
import io.customer360.model.Transaction;
import io.customer360.model.WebEvent;
import java.util.List;

/** The per-record checks of each source of a run, as its settings configure them. */
final class RecordChecks {
    private RecordChecks() {
    }

    static RecordCheck<IdentityLink> identityLinks() {
        return new RecordCheck<>(Source.IDENTITY_MAP, new IdentityLinkParser(), List.of());
    }

    static RecordCheck<Lead> leads(RunSettings settings) {
        return new RecordCheck<>(Source.LEADS,
                new LeadParser(settings.timestamps().get(Source.LEADS)),
                settings.leadValidators());
    }

    static RecordCheck<Transaction> transactions(RunSettings settings) {
        return new RecordCheck<>(Source.TRANSACTIONS,
                new TransactionParser(settings.timestamps().get(Source.TRANSACTIONS),
                        settings.statuses()),
                settings.transactionValidators());
    }

    static RecordCheck<WebEvent> webEvents(RunSettings settings) {
        return new RecordCheck<>(Source.WEB_ACTIVITY,
                new WebEventParser(settings.timestamps().get(Source.WEB_ACTIVITY)),
                settings.webEventValidators());
    }
}
