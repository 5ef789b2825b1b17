package org.normdesk.ui.imports;

import java.util.ArrayList;
import java.util.List;

import org.normdesk.domain.Texts;
import org.normdesk.domain.extract.LedgerSheet;

/** What a ledger column is imported as: a register field, or nothing (不导入, field null). */
public record LedgerTarget(LedgerSheet.Field field) {
    public static final LedgerTarget IGNORE = new LedgerTarget(null);

    /** 不导入 first, then every field in form order: the choices of a column. */
    public static List<LedgerTarget> choices() {
        List<LedgerTarget> out = new ArrayList<>();
        out.add(IGNORE);
        for (LedgerSheet.Field f : LedgerSheet.Field.values()) {
            out.add(new LedgerTarget(f));
        }
        return List.copyOf(out);
    }

    public String label() {
        return field == null ? Texts.get("import.ledger.ignore") : Texts.get(field.labelKey());
    }
}
