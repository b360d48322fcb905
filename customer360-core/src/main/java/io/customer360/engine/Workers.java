package io.customer360.engine;

import io.customer360.error.Customer360Exception;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.MDC;

/** The run's worker threads: daemon pools, and failures of their tasks passed on unchanged. */
final class Workers {
    private Workers() {
    }

    /**
     * A pool of {@code threads} daemon threads called {@code name}, whose log lines carry the
     * SLF4J MDC of the thread that made the pool (the run id among it).
     */
    static ExecutorService daemonPool(int threads, String name) {
        Map<String, String> context = MDC.getCopyOfContextMap();
        return Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
            Thread thread = new Thread(() -> {
                if (context != null) {
                    MDC.setContextMap(context);
                }
                runnable.run();
            }, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * The failure of a task, to be thrown by the caller: its {@link RuntimeException} as it is,
     * anything else but an {@link Error} wrapped; an {@code Error} is thrown right here.
     */
    static RuntimeException rethrowable(ExecutionException failed, String what) {
        Throwable cause = failed.getCause();
        if (cause instanceof Error) {
            throw (Error) cause;
        }
        if (cause instanceof RuntimeException) {
            return (RuntimeException) cause;
        }
        return new Customer360Exception(what + ": " + cause, cause);
    }
}
