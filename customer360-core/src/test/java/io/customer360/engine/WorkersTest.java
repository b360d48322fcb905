package io.customer360.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customer360.error.Customer360Exception;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class WorkersTest {

    private static ExecutionException failedWith(Throwable cause) throws Exception {
        ExecutorService pool = Workers.daemonPool(1, "test");
        try {
            Future<Void> task = pool.submit(() -> {
                if (cause instanceof Error) {
                    throw (Error) cause;
                }
                throw (Exception) cause;
            });
            try {
                task.get();
            } catch (ExecutionException failed) {
                return failed;
            }
            throw new AssertionError("the task did not fail");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void poolThreadsAreNamedDaemons() throws Exception {
        ExecutorService pool = Workers.daemonPool(2, "customer360-test");
        try {
            Thread thread = pool.submit(Thread::currentThread).get();
            assertThat(thread.getName()).isEqualTo("customer360-test");
            assertThat(thread.isDaemon()).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void passesRuntimeExceptionsOnAsTheyAre() throws Exception {
        IllegalStateException cause = new IllegalStateException("boom");

        assertThat(Workers.rethrowable(failedWith(cause), "building")).isSameAs(cause);
    }

    @Test
    void throwsErrorsAsTheyAre() throws Exception {
        ExecutionException failed = failedWith(new OutOfMemoryError("full"));

        assertThatThrownBy(() -> Workers.rethrowable(failed, "building"))
                .isInstanceOf(OutOfMemoryError.class).hasMessage("full");
    }

    @Test
    void wrapsCheckedExceptionsNamingTheWork() throws Exception {
        IOException cause = new IOException("disk");

        assertThat(Workers.rethrowable(failedWith(cause), "counting sessions failed"))
                .isInstanceOf(Customer360Exception.class)
                .hasMessageStartingWith("counting sessions failed")
                .hasCause(cause);
    }
}
