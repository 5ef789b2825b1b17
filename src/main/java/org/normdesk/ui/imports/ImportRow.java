package org.normdesk.ui.imports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.normdesk.domain.Issuer;
import org.normdesk.domain.Texts;
import org.normdesk.domain.extract.ExtractedField;
import org.normdesk.domain.extract.ExtractionResult;
import org.normdesk.service.ConfirmedImport;
import org.normdesk.service.ImportCandidate;
import org.normdesk.service.ImportFields;

/**
 * One examined file in the review table: the fields extraction proposed, as editable properties the
 * reviewer may correct, whether it is ticked for import, and its status in words.
 */
public final class ImportRow {

    /** Where a row stands; each has a label {@code import.status.<NAME>} in both bundles. */
    public enum Status { READY, INCOMPLETE, DUPLICATE, UNREADABLE }

    private final ImportCandidate candidate;
    private final BooleanProperty ticked = new SimpleBooleanProperty();
    private final StringProperty title = new SimpleStringProperty();
    private final StringProperty docNumber = new SimpleStringProperty();
    private final ObjectProperty<Issuer> issuer = new SimpleObjectProperty<>();
    private final ObservableList<Issuer> coIssuers = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> signedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> effectiveOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> validUntil = new SimpleObjectProperty<>();
    private final BooleanProperty trial = new SimpleBooleanProperty();
    private final ObservableValue<Status> status;
    private final ObservableValue<String> statusText;

    ImportRow(ImportCandidate candidate, List<Issuer> issuers) {
        this.candidate = candidate;
        ImportFields p = candidate.proposed();
        if (p != null) {
            title.set(p.title());
            docNumber.set(p.docNumber());
            issuer.set(issuers.stream().filter(i -> i.id().equals(p.issuerId())).findFirst().orElse(null));
            p.coIssuerIds().forEach(id -> issuers.stream().filter(i -> i.id().equals(id)).findFirst().ifPresent(coIssuers::add));
            signedOn.set(p.signedOn());
            effectiveOn.set(p.effectiveOn());
            validUntil.set(p.validUntil());
            trial.set(p.trial());
        }
        status = Bindings.createObjectBinding(this::currentStatus, title, issuer);
        statusText = Bindings.createStringBinding(this::describeStatus, title, issuer);
        ticked.set(candidate.status() == ImportCandidate.Status.READY);
        // An unreadable file has nothing to import: it can never be ticked.
        ticked.addListener((o, was, now) -> {
            if (now && candidate.status() == ImportCandidate.Status.UNREADABLE) {
                ticked.set(false);
            }
        });
    }

    private Status currentStatus() {
        return switch (candidate.status()) {
            case UNREADABLE -> Status.UNREADABLE;
            case DUPLICATE -> Status.DUPLICATE;
            case READY -> issuer.get() == null || isBlank(title.get()) ? Status.INCOMPLETE : Status.READY;
        };
    }

    private String describeStatus() {
        Status s = currentStatus();
        String label = Texts.get("import.status." + s.name());
        return switch (s) {
            case READY -> label;
            case INCOMPLETE -> label + "：" + (isBlank(title.get()) ? Texts.get("import.review.needTitle")
                    : candidate.issuerNote() != null ? candidate.issuerNote() : Texts.get("import.review.needIssuer"));
            case DUPLICATE, UNREADABLE -> label + "：" + candidate.reason();
        };
    }

    /** The fields as the reviewer left them, for the import. */
    public ImportFields fields() {
        return new ImportFields(strip(title.get()), strip(docNumber.get()), issuer.get() == null ? null : issuer.get().id(),
                coIssuers.stream().map(Issuer::id).toList(), signedOn.get(), effectiveOn.get(), validUntil.get(), trial.get());
    }

    ConfirmedImport confirmed() {
        return new ConfirmedImport(candidate, fields());
    }

    /** Whether the reviewer changed any field from what extraction proposed. */
    public boolean corrected() {
        ImportFields p = candidate.proposed();
        return p != null && !fields().equals(p);
    }

    /** What the text said for a field, and how sure extraction was; empty evidence when nothing was read. */
    public ExtractedField<?> evidence(Field field) {
        ExtractionResult r = candidate.extraction();
        if (r == null) {
            return ExtractedField.none();
        }
        return switch (field) {
            case TITLE -> r.title().isPresent() ? r.title() : r.wrapperTitle();
            case DOC_NUMBER -> r.docNumber();
            case ISSUER -> r.issuer();
            case CO_ISSUERS -> r.coIssuers();
            case SIGNED_ON -> r.signedOn();
            case EFFECTIVE_ON -> r.effectiveOn();
            case VALID_UNTIL -> r.validUntil();
            case TRIAL -> r.trial();
        };
    }

    /** The correctable fields, in the order of the form; labels {@code import.field.<NAME>}. */
    public enum Field { TITLE, DOC_NUMBER, ISSUER, CO_ISSUERS, SIGNED_ON, EFFECTIVE_ON, VALID_UNTIL, TRIAL }

    public ImportCandidate candidate() { return candidate; }
    public Path file() { return candidate.file(); }
    public String fileName() { return String.valueOf(candidate.file().getFileName()); }
    public boolean canBeTicked() { return candidate.status() != ImportCandidate.Status.UNREADABLE; }
    public BooleanProperty tickedProperty() { return ticked; }
    public StringProperty titleProperty() { return title; }
    public StringProperty docNumberProperty() { return docNumber; }
    public ObjectProperty<Issuer> issuerProperty() { return issuer; }
    /** The 联合发文机关 besides the lead issuer, as extraction found them on the list or the reviewer chose them. */
    public ObservableList<Issuer> coIssuers() { return coIssuers; }
    public ObjectProperty<LocalDate> signedOnProperty() { return signedOn; }
    public ObjectProperty<LocalDate> effectiveOnProperty() { return effectiveOn; }
    public ObjectProperty<LocalDate> validUntilProperty() { return validUntil; }
    public BooleanProperty trialProperty() { return trial; }
    public ObservableValue<Status> statusProperty() { return status; }
    public ObservableValue<String> statusTextProperty() { return statusText; }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return isBlank(s) ? null : s.strip();
    }
}
