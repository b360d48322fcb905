package io.customer360;

import io.customer360.engine.FileMoves;
import io.customer360.report.RunReport;

/** Runs a pipeline with the file operations of a test, which only this package can set. */
public final class Runs {
    private Runs() {
    }

    /** Builds and runs {@code builder} with {@code moves} as its commit's file operations. */
    @SuppressWarnings("exports")
    public static RunReport withMoves(Customer360.Builder builder, FileMoves moves) {
        return builder.fileMoves(moves).build().run();
    }
}
