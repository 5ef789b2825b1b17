package org.normdesk.ui.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.normdesk.domain.DocumentKind;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.Problem;
import org.normdesk.ui.common.ChineseDates;

/**
 * The editable fields of a document as the form holds them: text as typed (dates too, so that an
 * unreadable date is kept and pointed out, not lost), issuers as objects. It converts to and from
 * {@link NormativeDocument}; the stage, review outcome and 统一登记号 are not edited here.
 */
public final class DocumentForm {
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty docNumber = new SimpleStringProperty("");
    private final StringProperty registrationNumber = new SimpleStringProperty("");
    private final ObjectProperty<Issuer> leadIssuer = new SimpleObjectProperty<>();
    private final ObservableList<Issuer> coIssuers = FXCollections.observableArrayList();
    private final StringProperty draftingUnit = new SimpleStringProperty("");
    private final ObjectProperty<DocumentKind> kind = new SimpleObjectProperty<>(DocumentKind.OTHER);
    private final BooleanProperty trial = new SimpleBooleanProperty();
    private final BooleanProperty marketRelated = new SimpleBooleanProperty();
    private final BooleanProperty majorDecision = new SimpleBooleanProperty();
    private final StringProperty signedOn = new SimpleStringProperty("");
    private final StringProperty publishedOn = new SimpleStringProperty("");
    private final StringProperty effectiveOn = new SimpleStringProperty("");
    private final StringProperty validUntil = new SimpleStringProperty("");
    private final StringProperty fullText = new SimpleStringProperty("");

    /** Everything the user can change, for one listener that revalidates. */
    Observable[] editableFields() {
        return new Observable[] {title, docNumber, leadIssuer, coIssuers, draftingUnit, kind, trial, marketRelated,
                majorDecision, signedOn, publishedOn, effectiveOn, validUntil, fullText};
    }

    void load(NormativeDocument d, Function<Long, Issuer> issuerById) {
        title.set(text(d.title()));
        docNumber.set(text(d.docNumber()));
        registrationNumber.set(text(d.registrationNumber()));
        leadIssuer.set(d.leadIssuerId() == null ? null : issuerById.apply(d.leadIssuerId()));
        coIssuers.setAll(d.coIssuerIds().stream().map(issuerById).filter(Objects::nonNull).toList());
        draftingUnit.set(text(d.draftingUnit()));
        kind.set(d.kind() == null ? DocumentKind.OTHER : d.kind());
        trial.set(d.trial());
        marketRelated.set(d.marketRelated());
        majorDecision.set(d.majorDecision());
        signedOn.set(ChineseDates.format(d.signedOn()));
        publishedOn.set(ChineseDates.format(d.publishedOn()));
        effectiveOn.set(ChineseDates.format(d.effectiveOn()));
        validUntil.set(ChineseDates.format(d.validUntil()));
        fullText.set(text(d.fullText()));
    }

    /** The document as typed, on top of {@code base} (id, stage, version and what the form does not edit). */
    NormativeDocument toDocument(NormativeDocument base) {
        return base.toBuilder()
                .title(orNull(title.get()))
                .docNumber(orNull(docNumber.get()))
                .leadIssuerId(leadIssuer.get() == null ? null : leadIssuer.get().id())
                .coIssuerIds(coIssuers.stream().map(Issuer::id).toList())
                .draftingUnit(orNull(draftingUnit.get()))
                .kind(kind.get())
                .trial(trial.get())
                .marketRelated(marketRelated.get())
                .majorDecision(majorDecision.get())
                .signedOn(date(signedOn.get()))
                .publishedOn(date(publishedOn.get()))
                .effectiveOn(date(effectiveOn.get()))
                .validUntil(date(validUntil.get()))
                .fullText(orNull(fullText.get()))
                .build();
    }

    /** Dates typed but not readable, as errors on their fields (named as in NormativeDocument). */
    List<Problem> dateProblems() {
        List<Problem> problems = new ArrayList<>();
        checkDate(problems, "signedOn", signedOn.get());
        checkDate(problems, "publishedOn", publishedOn.get());
        checkDate(problems, "effectiveOn", effectiveOn.get());
        checkDate(problems, "validUntil", validUntil.get());
        return problems;
    }

    private static void checkDate(List<Problem> problems, String field, String text) {
        if (ChineseDates.isUnreadable(text)) {
            problems.add(Problem.error(field, "validation.date.unreadable", text.strip()));
        }
    }

    private static LocalDate date(String text) {
        return ChineseDates.parse(text).orElse(null);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String orNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public StringProperty titleProperty() { return title; }
    public StringProperty docNumberProperty() { return docNumber; }
    public StringProperty registrationNumberProperty() { return registrationNumber; }
    public ObjectProperty<Issuer> leadIssuerProperty() { return leadIssuer; }
    public ObservableList<Issuer> coIssuers() { return coIssuers; }
    public StringProperty draftingUnitProperty() { return draftingUnit; }
    public ObjectProperty<DocumentKind> kindProperty() { return kind; }
    public BooleanProperty trialProperty() { return trial; }
    public BooleanProperty marketRelatedProperty() { return marketRelated; }
    public BooleanProperty majorDecisionProperty() { return majorDecision; }
    public StringProperty signedOnProperty() { return signedOn; }
    public StringProperty publishedOnProperty() { return publishedOn; }
    public StringProperty effectiveOnProperty() { return effectiveOn; }
    public StringProperty validUntilProperty() { return validUntil; }
    public StringProperty fullTextProperty() { return fullText; }
}
