package io.customer360.engine;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names one run in the names of its hidden files: the process id, the process's start time and
 * a number unique within the process. A later run reads it back from a leftover file's name to
 * tell whether the process that made the file is gone.
 */
final class RunTag {
    /** Hidden file names that carry a tag: {@code .customer360-<pid>-<start>-<n>…}. */
    private static final Pattern TAGGED = Pattern.compile(
            "\\.customer360-(\\d{1,10})-(\\d{1,19})(?:-(\\d{1,19}))?(?:[.-].*)?");
    private static final AtomicLong NEXT = new AtomicLong();

    private final long pid;
    /** The process's start in epoch milliseconds, or -1 when the name did not record it. */
    private final long processStart;
    private final String text;

    private RunTag(long pid, long processStart, String text) {
        this.pid = pid;
        this.processStart = processStart;
        this.text = text;
    }

    /** A new tag for a run of this process. */
    static RunTag next() {
        ProcessHandle self = ProcessHandle.current();
        long start = self.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        return new RunTag(self.pid(), start,
                self.pid() + "-" + start + "-" + NEXT.incrementAndGet());
    }

    /**
     * The tag in a hidden file name, if it has one. Names written by earlier versions
     * ({@code .customer360-<pid>-<nanos>-…}) give a tag without a start time.
     */
    static Optional<RunTag> fromFileName(String name) {
        Matcher matcher = TAGGED.matcher(name);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long pid = Long.parseLong(matcher.group(1));
        long start = matcher.group(3) != null ? Long.parseLong(matcher.group(2)) : -1;
        return Optional.of(new RunTag(pid, start, name));
    }

    /** A tag naming only a process id, as in the file names of earlier versions. */
    static RunTag ofProcess(long pid) {
        return new RunTag(pid, -1, String.valueOf(pid));
    }

    /**
     * Whether the process that made this tag may still run: a process with its id exists and,
     * where both start times are known, started at the same moment (process ids are reused).
     */
    boolean processMayBeAlive() {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return false;
        }
        if (processStart <= 0) {
            return true;
        }
        return process.get().info().startInstant()
                .map(started -> Math.abs(started.toEpochMilli() - processStart) < 1_000)
                .orElse(true);
    }

    /** The process id. */
    long pid() {
        return pid;
    }

    @Override
    public String toString() {
        return text;
    }
}
