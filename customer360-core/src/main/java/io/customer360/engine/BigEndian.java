package io.customer360.engine;

/** Ints in byte arrays, most significant byte first, as the spill files store them. */
final class BigEndian {
    private BigEndian() {
    }

    /** Writes {@code value} to {@code target[at..at + 4)}. */
    static void putInt(byte[] target, int at, int value) {
        target[at] = (byte) (value >>> 24);
        target[at + 1] = (byte) (value >>> 16);
        target[at + 2] = (byte) (value >>> 8);
        target[at + 3] = (byte) value;
    }

    /** Reads the int at {@code source[at..at + 4)}. */
    static int getInt(byte[] source, int at) {
        return (source[at] & 0xff) << 24 | (source[at + 1] & 0xff) << 16
                | (source[at + 2] & 0xff) << 8 | source[at + 3] & 0xff;
    }
}
