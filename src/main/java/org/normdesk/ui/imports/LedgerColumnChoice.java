package org.normdesk.ui.imports;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.normdesk.domain.Texts;
import org.normdesk.domain.extract.LedgerSheet;

/** One column of a ledger in the mapping table: its letter, heading and first value, and what the user imports it as. */
public final class LedgerColumnChoice {
    private final LedgerSheet.Column column;
    private final String sample;
    private final ObjectProperty<LedgerTarget> target = new SimpleObjectProperty<>(LedgerTarget.IGNORE);

    LedgerColumnChoice(LedgerSheet.Column column, String sample) {
        this.column = column;
        this.sample = sample;
    }

    public int index() { return column.index(); }
    public String letter() { return column.letter(); }
    public String heading() { return column.heading().isBlank() ? Texts.get("import.ledger.noHeading") : column.heading(); }
    public String sample() { return sample; }
    public ObjectProperty<LedgerTarget> targetProperty() { return target; }
}
