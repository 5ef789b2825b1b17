package org.normdesk.ui.imports;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.normdesk.domain.Texts;
import org.normdesk.service.ImportService;
import org.normdesk.service.IssuerService;
import org.normdesk.ui.common.Prompts;
import org.normdesk.ui.common.TaskRunner;

/**
 * The ways into an import: choose files, choose a folder, or drop files and folders on the window.
 * Word and text files (folders walked) go to the review; a single Excel file is a ledger and goes
 * to its preview.
 */
public final class ImportWindows {
    private static final List<String> WORD = List.of(".docx", ".doc", ".txt");
    private static final List<String> EXCEL = List.of(".xlsx", ".xls");

    private final ImportService imports;
    private final IssuerService issuers;
    private final TaskRunner runner;
    private final Supplier<Window> owner;
    private final Consumer<Throwable> errors;
    private final Runnable onImported;
    private final String stylesheet;
    private File lastFolder;

    public ImportWindows(ImportService imports, IssuerService issuers, TaskRunner runner, Supplier<Window> owner,
                         Consumer<Throwable> errors, Runnable onImported, String stylesheet) {
        this.imports = imports;
        this.issuers = issuers;
        this.runner = runner;
        this.owner = owner;
        this.errors = errors;
        this.onImported = onImported;
        this.stylesheet = stylesheet;
    }

    /** 导入文件…: one or many Word, text or Excel files. */
    public void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("import.chooseFiles"));
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(Texts.get("import.filter.all"), patterns(WORD, EXCEL)),
                new FileChooser.ExtensionFilter(Texts.get("import.filter.word"), patterns(WORD)),
                new FileChooser.ExtensionFilter(Texts.get("import.filter.excel"), patterns(EXCEL)));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        List<File> chosen = chooser.showOpenMultipleDialog(owner.get());
        if (chosen != null && !chosen.isEmpty()) {
            lastFolder = chosen.get(0).getParentFile();
            open(chosen.stream().map(File::toPath).toList());
        }
    }

    /** 导入文件夹…: every Word and text file in a folder and its subfolders. */
    public void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Texts.get("import.chooseFolder"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File folder = chooser.showDialog(owner.get());
        if (folder != null) {
            lastFolder = folder;
            open(List.of(folder.toPath()));
        }
    }

    /** Lets files and folders dropped on the node start an import. */
    public void acceptDrops(Node target) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                List<Path> dropped = e.getDragboard().getFiles().stream().map(File::toPath).toList();
                // Open after the drop has finished, so that the source application is not kept waiting.
                javafx.application.Platform.runLater(() -> open(dropped));
            }
            e.setDropCompleted(files);
            e.consume();
        });
    }

    /**
     * Opens the import window for the paths: a lone Excel file is a ledger; otherwise the Word and
     * text files (and folders) are examined, and Excel files among them are left out with a note.
     */
    public ImportDialog open(List<Path> paths) {
        List<Path> excel = new ArrayList<>();
        List<Path> other = new ArrayList<>();
        for (Path p : paths) {
            (!Files.isDirectory(p) && hasEnding(p, EXCEL) ? excel : other).add(p);
        }
        ImportViewModel viewModel = new ImportViewModel(imports, issuers, runner, errors, onImported);
        if (other.isEmpty() && !excel.isEmpty()) {
            if (excel.size() > 1) {
                Prompts.inform(owner.get(), Texts.get("import.window.title"), Texts.get("import.oneLedgerAtATime", excel.get(0).getFileName()));
            }
            ImportDialog dialog = ImportDialog.open(owner.get(), viewModel, stylesheet);
            viewModel.previewLedger(excel.get(0));
            return dialog;
        }
        if (!excel.isEmpty()) {
            Prompts.inform(owner.get(), Texts.get("import.window.title"), Texts.get("import.ledgersLeftOut", excel.size()));
        }
        ImportDialog dialog = ImportDialog.open(owner.get(), viewModel, stylesheet);
        viewModel.examine(other);
        return dialog;
    }

    private static boolean hasEnding(Path p, List<String> endings) {
        String name = String.valueOf(p.getFileName()).toLowerCase(Locale.ROOT);
        return endings.stream().anyMatch(name::endsWith);
    }

    @SafeVarargs
    private static List<String> patterns(List<String>... endings) {
        List<String> out = new ArrayList<>();
        for (List<String> list : endings) {
            list.forEach(e -> out.add("*" + e));
        }
        return out;
    }
}
