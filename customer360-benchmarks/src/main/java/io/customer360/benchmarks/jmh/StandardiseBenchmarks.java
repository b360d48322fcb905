package io.customer360.benchmarks.jmh;

import io.customer360.standardise.Amounts;
import io.customer360.standardise.Standardised;
import io.customer360.standardise.TimestampParser;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Timestamp and amount parsing, per value, for each form the generator writes. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StandardiseBenchmarks {

    /** One timestamp form per trial. */
    @State(Scope.Thread)
    public static class Timestamps {
        @Param({"2024-03-05T10:15:30Z", "2024-03-05T10:15:30.123+02:00", "2024-03-05 10:15:30",
            "2024/03/05 10:15", "03/05/2024", "1709633730", "1709633730123", "yesterday"})
        public String timestamp;

        final TimestampParser parser = TimestampParser.defaults();
    }

    /** One amount form per trial. */
    @State(Scope.Thread)
    public static class AmountValues {
        @Param({"129.99", "12999e-2", "+12.50", "$5"})
        public String amount;
    }

    @Benchmark
    public Standardised<Instant> parseTimestamp(Timestamps state) {
        return state.parser.parse(state.timestamp);
    }

    @Benchmark
    public Standardised<Long> parseAmount(AmountValues state) {
        return Amounts.standardise(state.amount);
    }
}
