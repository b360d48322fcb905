package io.customer360.spark.cli;

import io.customer360.Customer360;
import io.customer360.error.Customer360Exception;
import io.customer360.error.ExitStatus;
import io.customer360.error.QualityGateException;
import io.customer360.model.Source;
import io.customer360.report.RunReport;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line of the Spark pipeline:
 * {@code customer360-spark [--master URL] [--config FILE] [--split-bytes N] [--verbose] IN OUT},
 * run with {@code java -jar customer360-spark.jar} or with {@code spark-submit --class}
 * this class. {@code IN} and {@code OUT} are Hadoop file system URIs or paths.
 *
 * <p>Without {@code --config} it reads {@code IN/crm_leads.csv}, {@code IN/transactions.txt},
 * {@code IN/web_activity.json} and, when it exists, {@code IN/identity_map.csv}. With
 * {@code --config FILE} (a local YAML or JSON configuration file) it takes the file's rules and
 * inputs, with relative input paths under {@code IN}; absolute paths and URIs stay as written,
 * and the file's {@code output} is replaced by {@code OUT}.
 *
 * <p>The master is {@code --master}, else the launcher's {@code spark.master} (as
 * {@code spark-submit} sets it), else {@code local[*]}. A failure is reported as one line on
 * standard error, {@code customer360-spark: <message>}, and ends the process with the status
 * its type maps to (0 success, 1 other failure, 2 usage, 3 input, 4 output, 5 extension); the
 * stack trace follows only with {@code --verbose} or the environment variable
 * {@code CUSTOMER360_VERBOSE} set to {@code 1} or {@code true}.
 */
public final class SparkCli {
    static final String USAGE = "usage: customer360-spark [--master URL] [--config FILE]"
            + " [--split-bytes N] [--verbose] IN OUT";
    static final String VERBOSE_VARIABLE = "CUSTOMER360_VERBOSE";
    static final String DEFAULT_MASTER = "local[*]";
    /** The property through which {@code spark-submit} hands its {@code --master} on. */
    static final String MASTER_PROPERTY = "spark.master";
    private static final String PREFIX = "customer360-spark: ";

    private SparkCli() {
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv(), System.getProperties(),
                SparkRunner.standard()));
    }

    /**
     * Runs the command line and returns its exit status; throws nothing.
     *
     * @param args   the command-line arguments
     * @param out    where the summary, the usage and the version go
     * @param err    where the error line (and, when asked, the stack trace) goes
     * @param env    the environment, for {@value #VERBOSE_VARIABLE}
     * @param system the system properties, for {@value #MASTER_PROPERTY}
     * @param runner starts Spark and runs the pipeline
     * @return an {@link ExitCode}'s code
     */
    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env,
            Properties system, SparkRunner runner) {
        Options options = new Options();
        CommandLine command = new CommandLine(options);
        try {
            command.parseArgs(args);
        } catch (CommandLine.ParameterException wrong) {
            err.println(PREFIX + oneLine(wrong.getMessage()));
            err.println(USAGE);
            return ExitCode.USAGE.code();
        }
        if (command.isUsageHelpRequested()) {
            out.print(command.getUsageMessage(CommandLine.Help.Ansi.OFF));
            return ExitCode.SUCCESS.code();
        }
        if (command.isVersionHelpRequested()) {
            out.println("customer360-spark " + Customer360.version());
            return ExitCode.SUCCESS.code();
        }
        boolean verbose = options.verbose || isVerbose(env.get(VERBOSE_VARIABLE));
        runner.configureLogging(verbose);
        SparkSession spark = null;
        Invocation invocation = null;
        try {
            invocation = Invocation.of(options);
            spark = start(runner, master(options.master, system));
            Map<Source, String> inputs = invocation.inputs(
                    spark.sparkContext().hadoopConfiguration());
            RunReport report = runner.run(invocation.pipeline(spark, inputs));
            out.print(Summary.format(report, invocation.output()));
            return ExitCode.SUCCESS.code();
        } catch (QualityGateException gateFailed) {
            if (gateFailed.report() != null && invocation != null) {
                out.print(Summary.format(gateFailed.report(), invocation.output()));
            }
            return report(gateFailed, err, verbose);
        } catch (Throwable failure) {
            return report(failure, err, verbose);
        } finally {
            if (spark != null) {
                stop(spark, err, verbose);
            }
        }
    }

    /**
     * The master to set: {@code --master} when given; else none when the launcher set
     * {@value #MASTER_PROPERTY} (spark-submit does), else {@value #DEFAULT_MASTER}.
     */
    static String master(String option, Properties system) {
        if (option != null) {
            return option;
        }
        return system.getProperty(MASTER_PROPERTY) != null ? null : DEFAULT_MASTER;
    }

    private static SparkSession start(SparkRunner runner, String master) {
        try {
            return runner.start(master);
        } catch (Exception failure) {
            // Such as a master URL Spark cannot parse (a SparkException, checked in Java but
            // thrown undeclared by Scala), or a port it cannot bind.
            throw new Customer360Exception("cannot start Spark"
                    + (master == null ? "" : " with master " + master) + ": "
                    + Customer360Exception.reasonOf(failure), failure);
        }
    }

    private static void stop(SparkSession spark, PrintStream err, boolean verbose) {
        try {
            spark.stop();
        } catch (RuntimeException failure) {
            // The run's outcome stands; a session that fails to stop is only worth a note.
            err.println(PREFIX + "warning: the Spark session did not stop cleanly: "
                    + oneLine(String.valueOf(failure)));
            if (verbose) {
                failure.printStackTrace(err);
            }
        }
    }

    /**
     * Prints a failure as one line, and its stack trace when {@code verbose}; returns the exit
     * status for it.
     */
    static int report(Throwable failure, PrintStream err, boolean verbose) {
        err.println(PREFIX + ExitStatus.message(failure));
        if (verbose) {
            failure.printStackTrace(err);
        }
        return ExitCode.of(failure).code();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static boolean isVerbose(String setting) {
        return setting != null && (setting.strip().equals("1")
                || setting.strip().toLowerCase(Locale.ROOT).equals("true"));
    }

    /** The options and arguments, as picocli parses them. */
    @Command(name = "customer360-spark", sortOptions = false, synopsisHeading = "",
            usageHelpWidth = 100, customSynopsis = USAGE, descriptionHeading = "%n",
            optionListHeading = "%n", parameterListHeading = "%n",
            description = "Runs customer360 on Apache Spark: reads leads, transactions and web"
                    + " activity under IN, links them into customers and writes"
                    + " customer_360.parquet, customer_links.parquet, rejects.jsonl and"
                    + " rejected_transactions.log (folders of part files), run_report.json and"
                    + " run_report.html under OUT.")
    static final class Options {
        @Option(names = "--master", paramLabel = "URL",
                description = "the Spark master, e.g. local[4] or yarn; by default the"
                        + " launcher's (spark-submit's), else " + DEFAULT_MASTER)
        String master;

        @Option(names = "--config", paramLabel = "FILE",
                description = "a local YAML or JSON configuration file; its relative input"
                        + " paths are read under IN, and OUT replaces its output")
        Path config;

        @Option(names = "--split-bytes", paramLabel = "N",
                description = "the most bytes of a file one task reads; by default"
                        + " spark.sql.files.maxPartitionBytes")
        Long splitBytes;

        @Option(names = "--verbose", description = "Spark's info logging, and a failure's"
                + " stack trace")
        boolean verbose;

        @Option(names = {"-h", "--help"}, usageHelp = true,
                description = "print this help and exit")
        boolean help;

        @Option(names = {"-V", "--version"}, versionHelp = true,
                description = "print the version and exit")
        boolean version;

        @Parameters(index = "0", paramLabel = "IN",
                description = "the input folder, a Hadoop URI or path: s3a://bucket/in,"
                        + " hdfs://namenode/in, /data/in")
        String input;

        @Parameters(index = "1", paramLabel = "OUT",
                description = "the output folder: a Hadoop URI or path")
        String output;
    }
}
