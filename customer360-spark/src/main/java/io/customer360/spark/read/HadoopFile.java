package io.customer360.spark.read;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;

/**
 * A file of a Hadoop file system, with the configuration to reach it, that tasks can carry:
 * the configuration travels in Hadoop's own serial form.
 */
final class HadoopFile implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String path;
    private transient Configuration conf;

    HadoopFile(String path, Configuration conf) {
        this.path = path;
        this.conf = conf;
    }

    /** The file's path as given, e.g. {@code hdfs://nn/in/tx.csv} or {@code file:/in/tx.csv}. */
    String path() {
        return path;
    }

    /** The path as failures name it (the io readers name files by a local path). */
    Path name() {
        return Path.of(path);
    }

    /** The file's length in bytes. */
    long length() throws IOException {
        org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(path);
        return file.getFileSystem(conf).getFileStatus(file).getLen();
    }

    /** The file's bytes from {@code offset}. */
    FSDataInputStream open(long offset) throws IOException {
        org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(path);
        FileSystem fs = file.getFileSystem(conf);
        FSDataInputStream in = fs.open(file);
        if (offset > 0) {
            in.seek(offset);
        }
        return in;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        conf.write(new DataOutputStream(out));
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        conf = new Configuration(false);
        conf.readFields(new DataInputStream(in));
    }
}
