package org.normdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Work for a background thread and what to do with its outcome on the FX thread, after
 * Cryptomator's {@code Tasks} builder: {@code BackgroundTask.of(...).onSuccess(...).onError(...)}
 * then {@link #runOn(TaskRunner)}. Keeping the callbacks with the work lets a ViewModel run the
 * same code on the real {@link FxTaskRunner} and, in tests, on {@link TaskRunner#direct()}.
 */
public final class BackgroundTask<T> {

    /** The work itself; it may report progress and should stop when asked to. */
    @FunctionalInterface
    public interface Work<T> {
        T run(TaskContext context) throws Exception;
    }

    /** What the work sees of its runner. */
    public interface TaskContext {
        void progress(long done, long total);

        /** True once the user (or a newer request) cancelled this work: it should stop soon. */
        boolean isCancelled();
    }

    private final Work<T> work;
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<Throwable> onError = BackgroundTask::unhandled;
    private Runnable onCancel = () -> { };
    private Runnable andFinally = () -> { };

    private BackgroundTask(Work<T> work) {
        this.work = work;
    }

    public static <T> BackgroundTask<T> of(Callable<T> callable) {
        return new BackgroundTask<>(context -> callable.call());
    }

    public static <T> BackgroundTask<T> withContext(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
        this.onSuccess = handler;
        return this;
    }

    public BackgroundTask<T> onError(Consumer<Throwable> handler) {
        this.onError = handler;
        return this;
    }

    public BackgroundTask<T> onCancel(Runnable handler) {
        this.onCancel = handler;
        return this;
    }

    public BackgroundTask<T> andFinally(Runnable handler) {
        this.andFinally = handler;
        return this;
    }

    public TaskHandle runOn(TaskRunner runner) {
        return runner.submit(this);
    }

    T call(TaskContext context) throws Exception {
        return work.run(context);
    }

    void succeeded(T result) {
        try {
            onSuccess.accept(result);
        } finally {
            andFinally.run();
        }
    }

    void failed(Throwable error) {
        try {
            onError.accept(error);
        } finally {
            andFinally.run();
        }
    }

    void cancelled() {
        try {
            onCancel.run();
        } finally {
            andFinally.run();
        }
    }

    /** A failure nobody asked to handle must still not vanish silently. */
    private static void unhandled(Throwable error) {
        Thread t = Thread.currentThread();
        t.getUncaughtExceptionHandler().uncaughtException(t, error);
    }
}
