package io.customer360.spark.cli;

import io.customer360.report.RunReport;
import io.customer360.spark.SparkCustomer360;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.logging.log4j.core.config.Configurator;
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
    /** The files Log4j 2 looks for on the class path when no file is named to it. */
    List<String> LOG4J_FILES = List.of("log4j2-test.properties", "log4j2-test.yaml",
            "log4j2-test.yml", "log4j2-test.json", "log4j2-test.jsn", "log4j2-test.xml",
            "log4j2.properties", "log4j2.yaml", "log4j2.yml", "log4j2.json", "log4j2.jsn",
            "log4j2.xml");

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
            // Under spark-submit Log4j started before the command line did, and the session's
            // start loads Spark's default profile (info) again when no configuration file is
            // found: then, and only then, the quiet one replaces it. A cluster's own
            // log4j2.properties (on the class path from Spark's conf folder) stays.
            if (quietLogging != null && !hasLog4jFile(SparkSession.class.getClassLoader())) {
                try {
                    Configurator.reconfigure(quietLogging.toURI());
                } catch (URISyntaxException | LinkageError otherLogging) {
                    // Not Log4j 2's core behind its API: that logging's configuration decides.
                }
            }
            return spark;
        }

        /** Whether {@code loader} finds a file Log4j 2 configures itself from. */
        static boolean hasLog4jFile(ClassLoader loader) {
            for (String name : LOG4J_FILES) {
                if (loader.getResource(name) != null) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public RunReport run(SparkCustomer360 pipeline) {
            return pipeline.run();
        }
    }
}
