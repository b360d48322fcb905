package io.customer360.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class in a child JVM with this JVM's {@code java} and class path and a given
 * heap, a runnable jar ({@code java -Xmx.. -jar JAR ..}, its own manifest's class path and
 * options) with this JVM's {@code java}, or a launcher script that starts a JVM itself (given
 * this JVM's home as {@code JAVA_HOME} and the heap and options in
 * {@value #LAUNCHER_OPTIONS}), measuring its wall time and peak resident set size.
 *
 * <p>The peak RSS is the kernel's high-water mark {@code VmHWM} from
 * {@code /proc/<pid>/status}, polled every {@value #POLL_MILLIS} ms until the child exits (the
 * mark only grows, so the last poll misses at most the final few milliseconds); it is -1 where
 * {@code /proc} is not available. It counts native memory too, such as DuckDB's.
 */
public final class ForkedJvm {
    static final long POLL_MILLIS = 20;
    private static final int STDERR_TAIL_CHARS = 4000;

    private static final String HEAP_PATTERN = "[0-9]+[kKmMgG]?";
    /** The environment variable through which a launcher script takes JVM options. */
    static final String LAUNCHER_OPTIONS = "CUSTOMER360_JAVA_OPTS";

    private final String heap;
    private final String mainClass;
    private final Path jar;
    private final Path launcher;
    private final List<String> jvmOptions;
    private final List<String> arguments;

    private ForkedJvm(Builder builder) {
        int targets = (builder.mainClass == null ? 0 : 1) + (builder.jar == null ? 0 : 1)
                + (builder.launcher == null ? 0 : 1);
        if (targets != 1) {
            throw new IllegalStateException("set one of a main class, a jar or a launcher");
        }
        this.heap = builder.heap;
        this.mainClass = builder.mainClass;
        this.jar = builder.jar;
        this.launcher = builder.launcher;
        this.jvmOptions = List.copyOf(builder.jvmOptions);
        this.arguments = List.copyOf(builder.arguments);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The command line that {@link #run} starts. */
    public List<String> command() {
        List<String> command = new ArrayList<>();
        if (launcher != null) {
            command.add(launcher.toString());
            command.addAll(arguments);
            return command;
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.addAll(jvmOptions);
        if (jar != null) {
            command.add("-jar");
            command.add(jar.toString());
        } else {
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(mainClass);
        }
        command.addAll(arguments);
        return command;
    }

    /**
     * The environment variables {@link #run} adds for the child: for a launcher, this JVM's
     * home as {@code JAVA_HOME} and {@code -Xmx} with the JVM options in
     * {@value #LAUNCHER_OPTIONS}; none otherwise.
     */
    public Map<String, String> environment() {
        if (launcher == null) {
            return Map.of();
        }
        List<String> options = new ArrayList<>();
        options.add("-Xmx" + heap);
        options.addAll(jvmOptions);
        return Map.of("JAVA_HOME", System.getProperty("java.home"),
                LAUNCHER_OPTIONS, String.join(" ", options));
    }

    /**
     * Returns {@code value} when it is a valid {@code -Xmx} value ({@code 256m}, {@code 2g},
     * digits with an optional unit k, m or g).
     *
     * @throws IllegalArgumentException naming {@code option} otherwise
     */
    static String checkHeap(String option, String value) {
        if (value == null || !value.matches(HEAP_PATTERN)) {
            throw new IllegalArgumentException(option + " must look like 256m or 2g but was " + value);
        }
        return value;
    }

    /**
     * Starts the child, waits for it (killing it after the timeout) and returns what it did.
     */
    public Result run(long timeout, TimeUnit unit) throws IOException, InterruptedException {
        Path stdout = Files.createTempFile("customer360-fork", ".out");
        Path stderr = Files.createTempFile("customer360-fork", ".err");
        try {
            long start = System.nanoTime();
            ProcessBuilder builder = new ProcessBuilder(command())
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile());
            builder.environment().putAll(environment());
            Process process = builder.start();
            Path status = Path.of("/proc", Long.toString(process.pid()), "status");
            long deadline = start + unit.toNanos(timeout);
            long peakRss = -1;
            while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                peakRss = Math.max(peakRss, highWaterMark(status));
                if (System.nanoTime() > deadline) {
                    process.destroyForcibly().waitFor();
                    break;
                }
            }
            long wallNanos = System.nanoTime() - start;
            String err = Files.readString(stderr, StandardCharsets.UTF_8);
            return new Result(process.exitValue(), wallNanos, peakRss,
                    Files.readString(stdout, StandardCharsets.UTF_8),
                    err.substring(Math.max(0, err.length() - STDERR_TAIL_CHARS)));
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    /** {@code VmHWM} in bytes, or -1 when the file is gone or has no such line. */
    private static long highWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmHWM:")) {
                    String kilobytes = line.substring("VmHWM:".length()).replace("kB", "").strip();
                    return Long.parseLong(kilobytes) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // The child has just exited, or /proc is not Linux's: no sample.
            return -1;
        }
        return -1;
    }

    /**
     * What a child did.
     *
     * @param exitCode     its exit code
     * @param wallNanos    wall time from start to exit, JVM start-up included
     * @param peakRssBytes its peak resident set size, or -1 when unknown
     * @param stdout       its standard output
     * @param stderrTail   the last few thousand characters of its standard error
     */
    public record Result(int exitCode, long wallNanos, long peakRssBytes, String stdout,
            String stderrTail) {

        /** The {@code key=value} lines of standard output whose value is a whole number. */
        public Map<String, Long> values() {
            Map<String, Long> values = new LinkedHashMap<>();
            for (String line : stdout.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    try {
                        values.put(line.substring(0, eq).strip(), Long.parseLong(line.substring(eq + 1).strip()));
                    } catch (NumberFormatException e) {
                        // Not a count: ignored.
                        continue;
                    }
                }
            }
            return Collections.unmodifiableMap(values);
        }
    }

    /** Settings of a {@link ForkedJvm}. */
    public static final class Builder {
        private String heap = "1g";
        private String mainClass;
        private Path jar;
        private Path launcher;
        private final List<String> jvmOptions = new ArrayList<>();
        private List<String> arguments = List.of();

        private Builder() {
        }

        /** The {@code -Xmx} value, e.g. {@code 256m} or {@code 1g} (default 1g). */
        public Builder heap(String value) {
            this.heap = checkHeap("heap", value);
            return this;
        }

        /** The main class to run on this JVM's class path; or else a jar or a launcher. */
        public Builder mainClass(String name) {
            this.mainClass = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * The runnable jar to run with {@code -jar} (its manifest names the main class, the
         * class path and any {@code Add-Opens}); or else a main class or a launcher.
         */
        public Builder jar(Path file) {
            this.jar = Objects.requireNonNull(file, "file");
            return this;
        }

        /**
         * The launcher script to run, which starts the JVM itself with its own options and
         * those of {@link ForkedJvm#environment()}; or else a main class or a jar.
         */
        public Builder launcher(Path script) {
            this.launcher = Objects.requireNonNull(script, "script");
            return this;
        }

        /** One more JVM option, e.g. {@code -XX:+UseParallelGC}. */
        public Builder jvmOption(String option) {
            jvmOptions.add(Objects.requireNonNull(option, "option"));
            return this;
        }

        public Builder arguments(List<String> values) {
            this.arguments = List.copyOf(values);
            return this;
        }

        public ForkedJvm build() {
            return new ForkedJvm(this);
        }
    }
}
