package org.normdesk.ui.imports;

import java.util.List;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.normdesk.domain.Texts;
import org.normdesk.domain.extract.LedgerMapping;
import org.normdesk.domain.extract.LedgerRow;
import org.normdesk.domain.extract.LedgerSheet;

/**
 * The mapping step of a ledger import: which column is imported as which field, starting from what
 * the headings suggest; the preview rows as the current mapping reads them; and, while a required
 * field has no column, the sentence that says so (the import waits for it). No controls here.
 */
public final class LedgerMappingModel {
    /** How many ledger rows the preview shows. */
    static final int PREVIEW_ROWS = 20;

    private final ObservableList<LedgerColumnChoice> columns = FXCollections.observableArrayList();
    private final ObservableList<LedgerRow> previewRows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LedgerMapping> mapping = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private LedgerSheet sheet;
    private boolean syncing;

    /** Shows a newly read sheet with the mapping its headings suggest. */
    void load(LedgerSheet sheet) {
        this.sheet = sheet;
        List<LedgerColumnChoice> made = sheet.columns().stream()
                .map(c -> new LedgerColumnChoice(c, sheet.sample(c.index()))).toList();
        made.forEach(choice -> choice.targetProperty().addListener((o, was, now) -> {
            if (!syncing) {
                map(choice.index(), now == null ? null : now.field());
            }
        }));
        columns.setAll(made);
        apply(sheet.detectedMapping());
    }

    /**
     * Imports the column as the field (null: not at all). A column that fed that field before is
     * no longer imported: one column per field.
     */
    public void map(int column, LedgerSheet.Field field) {
        apply(mapping.get().with(column, field));
    }

    private void apply(LedgerMapping m) {
        mapping.set(m);
        syncing = true;
        try {
            columns.forEach(c -> c.targetProperty().set(new LedgerTarget(m.fieldOf(c.index()).orElse(null))));
        } finally {
            syncing = false;
        }
        List<LedgerRow> rows = m.read(sheet);
        previewRows.setAll(rows.subList(0, Math.min(PREVIEW_ROWS, rows.size())));
        long valid = rows.stream().filter(LedgerRow::isValid).count();
        problem.set(m.problem().orElse(""));
        summary.set(Texts.get("import.ledger.preview", sheet.sheetName(), sheet.headerRowNumber(), rows.size(), valid,
                rows.size() - valid));
    }

    public LedgerSheet sheet() { return sheet; }
    public ObservableList<LedgerColumnChoice> columns() { return columns; }
    public ObservableList<LedgerRow> previewRows() { return previewRows; }
    public ReadOnlyObjectProperty<LedgerMapping> mappingProperty() { return mapping.getReadOnlyProperty(); }
    /** Why the ledger cannot be imported as mapped; empty when it can. */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
}
