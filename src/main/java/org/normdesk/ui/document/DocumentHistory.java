package org.normdesk.ui.document;

import java.util.List;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.normdesk.domain.AuditEvent;
import org.normdesk.domain.Texts;
import org.normdesk.service.Json;

/** The 日志 tab's model: a document's audit events, and the record before and after the selected one. */
public final class DocumentHistory {
    private final ObservableList<AuditEvent> events = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper before = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper after = new ReadOnlyStringWrapper("");

    void show(List<AuditEvent> history) {
        events.setAll(history);
        select(null);
    }

    public void select(AuditEvent event) {
        before.set(event == null ? "" : pretty(event.before()));
        after.set(event == null ? "" : pretty(event.after()));
    }

    /** The action in words (登记, 修改, 阶段变更 …); an action this version does not know shows as stored. */
    public static String actionLabel(String action) {
        String label = Texts.get("audit.action." + action);
        return label.startsWith("!") ? action : label;
    }

    /** Indented JSON is easier to compare by eye than one long line; the raw text if it is not JSON. */
    static String pretty(String json) {
        if (json == null || json.isBlank()) {
            return "";
        }
        try {
            return Json.mapper().readTree(json).toPrettyString();
        } catch (java.io.IOException e) {
            return json;
        }
    }

    public ObservableList<AuditEvent> events() { return events; }
    public ReadOnlyStringProperty beforeProperty() { return before.getReadOnlyProperty(); }
    public ReadOnlyStringProperty afterProperty() { return after.getReadOnlyProperty(); }
}
