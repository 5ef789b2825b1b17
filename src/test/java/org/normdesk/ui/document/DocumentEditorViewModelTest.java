package org.normdesk.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.DocumentKind;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.Problem;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.Stage;
import org.normdesk.domain.Texts;
import org.normdesk.domain.Transition;
import org.normdesk.domain.TransitionRequest;
import org.normdesk.service.Services;
import org.normdesk.ui.common.TaskRunner;

/** The editor's behaviour without the toolkit: work runs at once on the test thread. */
class DocumentEditorViewModelTest {
    @TempDir
    Path folder;

    private Services services;
    private Issuer issuer;
    private final List<Throwable> errors = new ArrayList<>();
    private DocumentEditorViewModel editor;

    @BeforeEach
    void open() {
        services = Services.open(folder, Clock.systemDefaultZone(), "tester");
        issuer = services.issuers().add(Issuer.create("江城县人民政府", "江政", IssuerCategory.GOVERNMENT,
                LocalDate.of(2020, 1, 1)));
        editor = new DocumentEditorViewModel(services.register(), services.issuers(), TaskRunner.direct(), errors::add);
        editor.startNew();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void guessesTheKindFromTheTitleUntilTheUserChoosesOne() {
        editor.form().titleProperty().set("江城县城市绿化管理办法（试行）");
        assertThat(editor.form().kindProperty().get()).isEqualTo(DocumentKind.MEASURES);
        editor.chooseKind(DocumentKind.RULES);
        editor.form().titleProperty().set("关于加强城市绿化的通知");
        assertThat(editor.form().kindProperty().get()).isEqualTo(DocumentKind.RULES);
    }

    @Test
    void aBadDocNumberIsAnErrorInChinese() {
        fillDraft();
        editor.form().docNumberProperty().set("江政发2017-3");
        assertThat(messages()).anyMatch(m -> m.contains("格式不对"));
        assertThat(editor.hasErrorsProperty().get()).isTrue();
    }

    @Test
    void anImpossibleDateIsShownNotDropped() {
        fillDraft();
        editor.form().signedOnProperty().set("2025-02-30");
        assertThat(editor.problems()).anyMatch(p -> p.field().equals("signedOn")
                && p.message().equals(Texts.get("validation.date.unreadable", "2025-02-30")));
        editor.save();
        assertThat(editor.savedProperty().get()).isNull();
        assertThat(editor.form().signedOnProperty().get()).isEqualTo("2025-02-30");
    }

    @Test
    void savingShowsTheNormalisedDocNumberAndOffersTheNextSteps() {
        fillDraft();
        editor.form().docNumberProperty().set("江政发[2017]3号");
        editor.form().signedOnProperty().set("2017/3/1");
        editor.save();
        assertThat(errors).isEmpty();
        assertThat(editor.savedProperty().get().id()).isNotNull();
        assertThat(editor.form().docNumberProperty().get()).isEqualTo("江政发〔2017〕3号");
        assertThat(editor.form().signedOnProperty().get()).isEqualTo("2017年3月1日");
        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(editor.transitions()).contains(Transition.SUBMIT, Transition.WITHDRAW);
        assertThat(editor.history().events()).hasSize(1);
    }

    @Test
    void aStageChangeIsSavedAndLogged() {
        fillDraft();
        editor.form().fullTextProperty().set("第一条 为了加强城市绿化管理，制定本办法。");
        editor.save();
        editor.transition(TransitionRequest.of(Transition.SUBMIT));
        assertThat(errors).isEmpty();
        assertThat(editor.stageTextProperty().get()).isEqualTo(Stage.SUBMITTED.label());
        assertThat(editor.history().events()).hasSize(2);
    }

    @Test
    void aRefusedStageChangeChangesNothingAndSaysWhy() {
        fillDraft();
        editor.save();
        editor.transition(TransitionRequest.of(Transition.SUBMIT));
        assertThat(errors).singleElement().isInstanceOf(RuleViolation.class)
                .extracting(Throwable::getMessage).isEqualTo(Texts.get("guard.submit.noText"));
        assertThat(editor.savedProperty().get().stage()).isEqualTo(Stage.DRAFTING);
    }

    @Test
    void anExistingPublishedDocumentNeedsItsNumberAndDates() {
        editor.initialStageProperty().set(Stage.PUBLISHED);
        fillDraft();
        assertThat(editor.problems()).extracting(Problem::field).contains("docNumber", "publishedOn", "effectiveOn");
        editor.form().docNumberProperty().set("江政发〔2020〕5号");
        editor.form().publishedOnProperty().set("2020年5月1日");
        editor.form().effectiveOnProperty().set("2020-06-01");
        assertThat(editor.hasErrorsProperty().get()).isFalse();
        editor.save();
        assertThat(editor.savedProperty().get().stage()).isEqualTo(Stage.PUBLISHED);
        assertThat(editor.validityTextProperty().get()).isIn(org.normdesk.domain.Validity.IN_FORCE.label(),
                org.normdesk.domain.Validity.EXPIRED.label());
    }

    @Test
    void reopensAStoredDocument() {
        fillDraft();
        editor.save();
        long id = editor.savedProperty().get().id();
        var again = new DocumentEditorViewModel(services.register(), services.issuers(), TaskRunner.direct(), errors::add);
        again.open(id);
        assertThat(again.form().titleProperty().get()).isEqualTo("江城县城市绿化管理办法");
        assertThat(again.form().leadIssuerProperty().get()).isEqualTo(issuer);
        assertThat(again.dirtyProperty().get()).isFalse();
    }

    private void fillDraft() {
        editor.form().titleProperty().set("江城县城市绿化管理办法");
        editor.form().leadIssuerProperty().set(editor.issuerChoices().get(0));
    }

    private List<String> messages() {
        return editor.problems().stream().map(Problem::message).toList();
    }
}
