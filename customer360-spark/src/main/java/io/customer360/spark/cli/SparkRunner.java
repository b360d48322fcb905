package io.customer360.spark.cli;

import io.customer360.report.RunReport;
import io.customer360.spark.SparkCustomer360;
import java.net.URISyntaxException;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Map;
import java.util.Properties;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.DefaultConfiguration;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.spark.sql.SparkSession;

/**
 * What the command line needs of Spark: quiet logging, a session, a run. Tests replace it to
 * check the command line without starting Spark.
 */
interface SparkRunner {
    /** Log4j 2's system property naming its configuration file. */
    String LOG4J_PROPERTY = "log4j2.configurationFile";
    /** Log4j 2's environment variable naming its configuration file. */
    String LOG4J_VARIABLE = "LOG4J_CONFIGURATION_FILE";
    /** The configuration of {@link #configureLogging}: warnings and errors on standard error. */
    String QUIET_LOGGING = "log4j2-quiet.properties";

    /**
     * Makes Spark's console logging show warnings and errors only, unless {@code verbose} or
     * Log4j 2 is configured (a {@code log4j2.configurationFile}, or a configuration file that
     * a cluster's Spark found); called before the session starts.
     *
     * @param verbose whether to leave Spark's own default (info) in place
     */
    void configureLogging(boolean verbose);

    /**
     * Starts (or joins) the Spark session named {@code customer360}.
     *
     * @param master the master URL, or null to leave it to the launcher's configuration
     * @return the session
     */
    SparkSession start(String master);

    /**
     * Runs the pipeline.
     *
     * @param pipeline the configured pipeline
     * @return the run's report
     */
    RunReport run(SparkCustomer360 pipeline);

    /** The profile Spark loads when nobody configured Log4j 2: info on the console. */
    String SPARK_DEFAULT_LOGGING = "org/apache/spark/log4j2-defaults.properties";

    /** The real runner: this JVM's Spark. */
    static SparkRunner standard() {
        return new Standard(System.getProperties(), System.getenv());
    }

    /** Starts Spark for real. */
    final class Standard implements SparkRunner {
        private final Properties system;
        private final Map<String, String> env;
        /** The quiet configuration, once {@link #configureLogging} chose it. */
        private URL quietLogging;

        Standard(Properties system, Map<String, String> env) {
            this.system = system;
            this.env = env;
        }

        @Override
        public void configureLogging(boolean verbose) {
            URL quiet = SparkRunner.class.getResource(QUIET_LOGGING);
            if (verbose || quiet == null || system.getProperty(LOG4J_PROPERTY) != null
                    || env.get(LOG4J_VARIABLE) != null) {
                return;
            }
            quietLogging = quiet;
            // Read when Log4j starts: under java -jar, when Spark first logs.
            system.setProperty(LOG4J_PROPERTY, quiet.toString());
        }

        @Override
        public SparkSession start(String master) {
            SparkSession.Builder builder = SparkSession.builder().appName("customer360");
            if (master != null) {
                builder.master(master);
            }
            SparkSession spark = builder.getOrCreate();
            if (quietLogging != null) {
                replaceSparksDefaultLogging(quietLogging);
            }
            return spark;
        }

        /**
         * Under spark-submit Log4j started before the command line did, and the session's start
         * loads Spark's default profile (info) again when nobody configured Log4j: that profile,
         * and only that, is replaced once the session runs. A cluster's own log4j2.properties
         * stays.
         */
        private static void replaceSparksDefaultLogging(URL quiet) {
            try {
                LoggerContext context = (LoggerContext) LogManager.getContext(
                        SparkSession.class.getClassLoader(), false);
                ConfigurationSource source = context.getConfiguration().getConfigurationSource();
                String location = source == null ? null : source.getLocation();
                if (location != null && location.endsWith(SPARK_DEFAULT_LOGGING)) {
                    context.setConfigLocation(quiet.toURI());
                }
            } catch (ClassCastException | LinkageError | URISyntaxException otherLogging) {
                // Not Log4j 2's core behind its API: that logging's own configuration decides.
            }
        }

        @Override
        public RunReport run(SparkCustomer360 pipeline) {
            return pipeline.run();
        }
    }
}
