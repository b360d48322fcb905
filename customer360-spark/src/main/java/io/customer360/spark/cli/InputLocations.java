package io.customer360.spark.cli;

import io.customer360.error.ConfigurationException;
import io.customer360.error.Customer360Exception;
import io.customer360.error.InputException;
import io.customer360.io.LocalFiles;
import io.customer360.model.Source;
import java.io.IOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * Where each source is read from, as Hadoop file system URIs or paths under the command line's
 * input folder {@code IN}, itself a URI ({@code s3a://bucket/in}, {@code file:///data/in}) or a
 * path ({@code /data/in}).
 */
final class InputLocations {
    private InputLocations() {
    }

    /**
     * The default file layout under {@code in}: leads, transactions and web activity always,
     * the identity map only when {@code in} holds one.
     *
     * @throws InputException when the file system of {@code in} cannot be reached or cannot
     *     say whether the identity map exists
     */
    static Map<Source, String> defaults(String in, Configuration hadoop) {
        Map<Source, String> inputs = new EnumMap<>(Source.class);
        inputs.put(Source.LEADS, under(in, LocalFiles.LEADS_FILE));
        inputs.put(Source.TRANSACTIONS, under(in, LocalFiles.TRANSACTIONS_FILE));
        inputs.put(Source.WEB_ACTIVITY, under(in, LocalFiles.WEB_ACTIVITY_FILE));
        String identityMap = under(in, LocalFiles.IDENTITY_MAP_FILE);
        if (exists(identityMap, hadoop)) {
            inputs.put(Source.IDENTITY_MAP, identityMap);
        }
        return Collections.unmodifiableMap(inputs);
    }

    /**
     * The configured sources' paths (as written in the configuration file) with the relative
     * ones put under {@code in}; absolute paths and URIs with a scheme stay as they are.
     */
    static Map<Source, String> configured(Map<Source, String> paths, String in) {
        Map<Source, String> inputs = new EnumMap<>(Source.class);
        paths.forEach((source, path) -> inputs.put(source,
                isAbsolute(path) ? path : under(in, path)));
        return Collections.unmodifiableMap(inputs);
    }

    /**
     * Fails unless {@code folder} is a valid Hadoop path or URI.
     *
     * @throws ConfigurationException naming the argument and the reason
     */
    static void checkFolder(String argument, String folder) {
        try {
            new Path(folder);
        } catch (IllegalArgumentException invalid) {
            throw new ConfigurationException(argument + ": not a valid path or URI: '" + folder
                    + "': " + Customer360Exception.reasonOf(invalid), invalid);
        }
    }

    /** {@code relative} resolved against the folder {@code folder}. */
    static String under(String folder, String relative) {
        return new Path(hadoopPath(folder), hadoopPath(relative)).toString();
    }

    /** Whether a configured path is absolute or a URI with a scheme ({@code hdfs://nn/x}). */
    static boolean isAbsolute(String path) {
        Path hadoop = hadoopPath(path);
        return hadoop.isAbsolute() || hadoop.toUri().getScheme() != null;
    }

    private static Path hadoopPath(String text) {
        try {
            return new Path(text);
        } catch (IllegalArgumentException invalid) {
            throw new ConfigurationException("not a valid path or URI: '" + text + "': "
                    + Customer360Exception.reasonOf(invalid), invalid);
        }
    }

    private static boolean exists(String location, Configuration hadoop) {
        Path path = new Path(location);
        try {
            return path.getFileSystem(hadoop).exists(path);
        } catch (IOException | RuntimeException failure) {
            // Such as a file system without its classes on the class path: s3a without
            // hadoop-aws fails with a RuntimeException around a ClassNotFoundException.
            throw new InputException(null, location + ": cannot tell whether it exists: "
                    + Customer360Exception.reasonOf(failure), failure);
        }
    }
}
