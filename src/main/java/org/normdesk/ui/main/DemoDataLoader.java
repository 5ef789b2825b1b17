package org.normdesk.ui.main;

import javafx.stage.Window;

import org.normdesk.domain.Texts;
import org.normdesk.service.DemoDataService;
import org.normdesk.ui.common.BackgroundTask;
import org.normdesk.ui.common.ErrorDialog;
import org.normdesk.ui.common.ProgressDialog;
import org.normdesk.ui.common.Prompts;
import org.normdesk.ui.common.TaskRunner;

/** 文件 → 载入演示数据: fills the register with the demo county in the background, with progress and 取消. */
final class DemoDataLoader {

    private DemoDataLoader() {
    }

    static void load(Window owner, DemoDataService demo, TaskRunner runner, Runnable afterwards) {
        ProgressDialog dialog = ProgressDialog.open(owner, Texts.get("demo.title"), Texts.get("demo.loading"));
        var handle = BackgroundTask.withContext(context -> demo.load(DemoDataService.DEFAULT_DOCUMENTS,
                        (done, total) -> {
                            context.progress(done, total);
                            return !context.isCancelled();
                        }))
                .onSuccess(result -> Prompts.inform(owner, Texts.get("demo.title"), result.cancelled()
                        ? Texts.get("demo.cancelled")
                        : Texts.get("demo.done", result.issuers(), result.documents())))
                .onCancel(() -> Prompts.inform(owner, Texts.get("demo.title"), Texts.get("demo.cancelled")))
                .onError(e -> ErrorDialog.show(owner, e))
                .andFinally(() -> {
                    dialog.close();
                    afterwards.run();
                })
                .runOn(runner);
        dialog.track(handle);
    }
}
