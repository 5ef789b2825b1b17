package org.normdesk.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.concurrent.Task;

/**
 * Runs work on a few daemon worker threads and its callbacks on the FX thread. Daemon threads,
 * so that a query still running when the window closes does not keep the program alive.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

    private final ExecutorService executor;

    public FxTaskRunner(int threads) {
        executor = Executors.newFixedThreadPool(threads, work -> {
            Thread t = new Thread(work, "normdesk-worker-" + THREAD_NUMBER.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> TaskHandle submit(BackgroundTask<T> work) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call(new BackgroundTask.TaskContext() {
                    @Override
                    public void progress(long done, long total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public boolean isCancelled() {
                        return isCancelledTask();
                    }
                });
            }

            private boolean isCancelledTask() {
                return isCancelled();
            }
        };
        task.setOnSucceeded(e -> work.succeeded(task.getValue()));
        task.setOnFailed(e -> work.failed(task.getException()));
        task.setOnCancelled(e -> work.cancelled());
        executor.execute(task);
        return new TaskHandle() {
            @Override
            public void cancel() {
                task.cancel(false);
            }

            @Override
            public boolean isCancelled() {
                return task.isCancelled();
            }

            @Override
            public ReadOnlyDoubleProperty progressProperty() {
                return task.progressProperty();
            }
        };
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
