package org.normdesk.ui.common;

import java.util.concurrent.atomic.AtomicBoolean;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * Runs {@link BackgroundTask}s. The window uses {@link FxTaskRunner} (work on worker threads,
 * callbacks on the FX thread); ViewModel tests use {@link #direct()}, which runs everything at
 * once on the calling thread, like JabRef's CurrentThreadTaskExecutor.
 */
public interface TaskRunner {

    <T> TaskHandle submit(BackgroundTask<T> task);

    static TaskRunner direct() {
        return new TaskRunner() {
            @Override
            public <T> TaskHandle submit(BackgroundTask<T> task) {
                var handle = new DoneHandle();
                T result;
                try {
                    result = task.call(new BackgroundTask.TaskContext() {
                        @Override
                        public void progress(long done, long total) {
                            handle.progress.set(total <= 0 ? -1 : (double) done / total);
                        }

                        @Override
                        public boolean isCancelled() {
                            return handle.cancelled.get();
                        }
                    });
                } catch (Exception e) {
                    task.failed(e);
                    return handle;
                }
                task.succeeded(result);
                return handle;
            }
        };
    }

    /** The handle of work that has already finished when {@code submit} returns. */
    final class DoneHandle implements TaskHandle {
        private final SimpleDoubleProperty progress = new SimpleDoubleProperty(1);
        private final AtomicBoolean cancelled = new AtomicBoolean();

        @Override
        public void cancel() {
            cancelled.set(true);
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }

        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return progress;
        }
    }
}
