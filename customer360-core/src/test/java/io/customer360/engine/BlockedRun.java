package io.customer360.engine;

import io.customer360.Customer360;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A run in a process of its own that stops in the middle of reading, with its spool files
 * written, until it is killed: {@code BlockedRun <output folder> <work folder> <marker file>}.
 * The marker file appears once the run is blocked.
 */
public final class BlockedRun {
    private BlockedRun() {
    }

    public static void main(String[] args) {
        Path out = Path.of(args[0]);
        Path work = Path.of(args[1]);
        Path marker = Path.of(args[2]);
        FakeInput leads = new FakeInput("leads");
        for (int i = 0; i < 50; i++) {
            leads.row("email=" + (i % 2 == 0 ? "lead" + i + "@x.io" : "not-an-email-" + i),
                    "creation_date=2024-01-01");
        }
        FakeInput web = new FakeInput("web");
        for (int i = 0; i < 50; i++) {
            web.row("user_uuid=11111111-1111-4111-8111-11111111111" + (i % 10),
                    "session_id=s" + i);
        }
        CapturingFormats formats = new CapturingFormats();
        Customer360.builder().outputDirectory(out).workDirectory(work)
                .tableFormat(formats.table()).rejectsFormat(formats.rejects())
                .leads(leads).webActivity(web)
                .addLeadValidator(lead -> {
                    if (lead.email().equals("lead40@x.io")) {
                        block(marker);
                    }
                    return Optional.empty();
                })
                .build().run();
    }

    private static void block(Path marker) {
        try {
            Files.writeString(marker, "blocked");
            Thread.sleep(Long.MAX_VALUE);
        } catch (IOException | InterruptedException stopped) {
            throw new IllegalStateException(stopped);
        }
    }
}
