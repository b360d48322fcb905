package io.customer360.benchmarks.generate;

import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Command line of the {@link DataGenerator}:
 * {@code --leads N --transactions M --web K --seed S [--dirty F] --out DIR}.
 */
public final class GenerateData {
    private static final Logger LOG = LoggerFactory.getLogger(GenerateData.class);

    private GenerateData() {
    }

    public static void main(String[] args) throws Exception {
        DataGenerator.Builder builder = DataGenerator.builder();
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                usage("missing value after " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--leads" -> builder.leads(Long.parseLong(value));
                case "--transactions" -> builder.transactions(Long.parseLong(value));
                case "--web" -> builder.web(Long.parseLong(value));
                case "--seed" -> builder.seed(Long.parseLong(value));
                case "--dirty" -> builder.dirtyRate(Double.parseDouble(value));
                case "--out" -> out = Path.of(value);
                default -> usage("unknown option " + option);
            }
        }
        if (out == null) {
            usage("--out is required");
        }
        DataGenerator generator = builder.build();
        long start = System.nanoTime();
        GeneratedData data = generator.writeTo(out);
        double seconds = (System.nanoTime() - start) / 1e9;
        LOG.info("Wrote {} records ({} leads, {} transactions, {} web events, {} identity links), "
                + "{} MB in {} s to {}", data.records(), data.leads(), data.transactions(),
                data.webEvents(), data.identityLinks(), data.bytes() / 1_000_000,
                String.format(Locale.ROOT, "%.1f", seconds), out);
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: GenerateData --leads N --transactions M --web K --seed S"
                + " [--dirty 0.05] --out DIR");
        System.exit(2);
    }
}
