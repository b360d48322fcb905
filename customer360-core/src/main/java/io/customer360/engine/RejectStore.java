package io.customer360.engine;

import io.customer360.error.OutputException;
import io.customer360.model.Source;
import io.customer360.output.RecordWriter;
import io.customer360.output.Rejection;
import io.customer360.read.RawRecord;
import io.customer360.read.SourceSchema;
import io.customer360.validate.Violation;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The rejects of a run, spooled to temporary files in the output directory so that memory does
 * not grow with them, and given back per source in file order (SPEC §6). Leads displaced by a
 * newer lead are merged in by their order (line, and file when the source has several)
 * from the spool of accepted leads.
 */
final class RejectStore implements AutoCloseable {
    static final Violation DUPLICATE_LEAD = DistributedRules.DUPLICATE_LEAD;

    private final Map<Source, SpoolFile> rejects = new EnumMap<>(Source.class);
    private final SpoolFile acceptedLeads;
    private final Path folder;

    /**
     * @param folder the run's private work folder
     * @throws OutputException when a spool file cannot be created
     */
    RejectStore(Path folder, Set<Source> sources) {
        this.folder = folder;
        try {
            for (Source source : sources) {
                rejects.put(source, new SpoolFile(folder.resolve(source.reportName()
                        + ".rejects"), SourceSchema.of(source)));
            }
            acceptedLeads = sources.contains(Source.LEADS) ? new SpoolFile(folder.resolve(
                    "leads.accepted"), SourceSchema.LEADS) : null;
        } catch (IOException failure) {
            close();
            throw spoolFailure(failure);
        }
    }

    /**
     * Spools a rejected record. The records of one source must come from one thread at a time,
     * in file order; different sources may be spooled from different threads.
     */
    void reject(RawRecord raw, Violation violation) {
        try {
            rejects.get(raw.schema().source()).append(raw, violation);
        } catch (IOException failure) {
            throw spoolFailure(failure);
        }
    }

    /** Keeps an accepted lead's raw record in case a newer lead displaces it. */
    long spoolAcceptedLead(RawRecord raw) {
        try {
            return acceptedLeads.append(raw, null);
        } catch (IOException failure) {
            throw spoolFailure(failure);
        }
    }

    /** A failure to write or read back the spool, naming the work folder. */
    OutputException spoolFailure(IOException failure) {
        return new OutputException(folder, "cannot spool rejected records in the work folder: "
                + Failures.reason(failure), failure);
    }

    /**
     * Writes the rejects of one source in file order.
     *
     * @return the number written
     */
    long writeTo(Source source, LeadTable leads, RecordWriter<Rejection> writer)
            throws IOException {
        SpoolFile spool = rejects.get(source);
        if (spool == null) {
            return 0;
        }
        long written = 0;
        long[][] displaced = source == Source.LEADS ? leads.displacedInOrder() : new long[0][];
        FileChannel channel = displaced.length == 0 ? null : acceptedLeads.openChannel();
        try (SpoolFile.Sequence sequence = spool.rejections()) {
            int next = 0;
            for (Rejection rejection = sequence.next(); rejection != null;
                    rejection = sequence.next()) {
                long order = displaced.length == 0 ? 0 : leads.order(rejection.record());
                while (next < displaced.length && displaced[next][0] < order) {
                    writer.write(displacedRejection(channel, displaced[next++]));
                    written++;
                }
                writer.write(rejection);
                written++;
            }
            while (next < displaced.length) {
                writer.write(displacedRejection(channel, displaced[next++]));
                written++;
            }
        } finally {
            if (channel != null) {
                channel.close();
            }
        }
        return written;
    }

    private Rejection displacedRejection(FileChannel channel, long[] lineAndOffset)
            throws IOException {
        return new Rejection(acceptedLeads.readAt(channel, lineAndOffset[1]), DUPLICATE_LEAD);
    }

    /** Deletes every spool file; never throws. */
    @Override
    public void close() {
        for (SpoolFile spool : rejects.values()) {
            spool.delete();
        }
        if (acceptedLeads != null) {
            acceptedLeads.delete();
        }
    }
}
