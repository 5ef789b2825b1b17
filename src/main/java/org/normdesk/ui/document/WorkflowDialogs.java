package org.normdesk.ui.document;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.Problem;
import org.normdesk.domain.Texts;
import org.normdesk.domain.Transition;
import org.normdesk.domain.TransitionRequest;
import org.normdesk.domain.review.Deliberation;
import org.normdesk.domain.review.DeliberationDecision;
import org.normdesk.domain.review.Material;
import org.normdesk.domain.review.MeetingKind;
import org.normdesk.domain.review.Publication;
import org.normdesk.domain.review.Submission;
import org.normdesk.service.SubmissionResult;
import org.normdesk.ui.common.FormDialog;
import org.normdesk.ui.common.LabelConverter;
import org.normdesk.ui.common.Prompts;

/**
 * The stage buttons of the editor, routed through the workflow: 送审 with its materials, 受理,
 * 退回补正 with the missing materials as reason, the workbench for 完成审核, 集体审议, 统一登记 with
 * the number the register gives, 不予登记, and 公布 with its dates checked as they are typed.
 * WITHDRAW and REDRAFT stay plain transitions.
 */
final class WorkflowDialogs {
    static final String SUBMIT_ID = "submitDialog";
    static final String DELIBERATE_ID = "deliberateDialog";
    static final String PUBLISH_ID = "publishDialog";
    static final String SUPPLEMENT_ID = "supplementDialog";

    private final DocumentEditorViewModel vm;
    private final Window owner;
    private final LongConsumer openWorkbench;
    private final String reviewer;

    WorkflowDialogs(DocumentEditorViewModel vm, Window owner, LongConsumer openWorkbench, String reviewer) {
        this.vm = vm;
        this.owner = owner;
        this.openWorkbench = openWorkbench;
        this.reviewer = reviewer;
    }

    void run(Transition t) {
        NormativeDocument doc = vm.savedProperty().get();
        if (vm.reviews() == null) {
            plain(t);
            return;
        }
        switch (t) {
            case SUBMIT, RESUBMIT -> submit(doc);
            case ACCEPT -> accept();
            case RETURN -> vm.ask(vm.reviews()::missingSummary, this::returnWith);
            case FINISH_REVIEW -> openWorkbench.accept(doc.id());
            case DELIBERATE -> deliberate(doc);
            case REGISTER -> register(doc);
            case REFUSE_REGISTRATION -> Prompts.askText(owner, t.label(), Texts.get("editor.ask.reason", t.label()), 3)
                    .ifPresent(reason -> vm.perform(id -> vm.publication().refuseRegistration(id, reason), d -> { }));
            case PUBLISH -> publish(doc);
            default -> plain(t);
        }
    }

    private void plain(Transition t) {
        if (t == Transition.WITHDRAW || t == Transition.RETURN || t == Transition.REFUSE_REGISTRATION) {
            Prompts.askText(owner, t.label(), Texts.get("editor.ask.reason", t.label()), 3)
                    .ifPresent(reason -> vm.transition(TransitionRequest.withReason(t, reason)));
        } else {
            vm.transition(TransitionRequest.of(t));
        }
    }

    private void submit(NormativeDocument doc) {
        TextField unit = new TextField(doc.draftingUnit() == null ? "" : doc.draftingUnit());
        unit.setId("submittedBy");
        DatePicker on = FormDialog.datePicker("submittedOn", vm.today());
        Map<Material, CheckBox> boxes = new EnumMap<>(Material.class);
        VBox materials = materialBoxes(Material.required(doc.marketRelated()), Set.of(), boxes);
        DatePicker from = FormDialog.datePicker("commentFrom", null);
        DatePicker to = FormDialog.datePicker("commentTo", null);
        FormDialog<Submission> form = new FormDialog<Submission>(owner, Transition.SUBMIT.label(), SUBMIT_ID)
                .row(Texts.get("rui.submit.unit"), unit)
                .row(Texts.get("rui.submit.date"), on)
                .row(Texts.get("rui.submit.materials"), materials)
                .row(Texts.get("rui.submit.commentFrom"), from)
                .row(Texts.get("rui.submit.commentTo"), to);
        form.showAndWait(() -> new Submission(null, on.getValue(), unit.getText(), 0,
                        boxes.entrySet().stream().filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey)
                                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Material.class))),
                        from.getValue(), to.getValue()))
                .ifPresent(s -> vm.perform(id -> vm.reviews().submit(id, s), this::submitted));
    }

    /**
     * 补充材料: materials that arrive after an incomplete 送审. Those already given stay ticked; when the
     * set becomes complete, the day they arrived starts the review clock.
     */
    void supplement() {
        vm.ask(id -> vm.reviews().file(id), file -> {
            if (file.submissions().isEmpty()) {
                return;
            }
            Submission last = file.submissions().get(file.submissions().size() - 1);
            Map<Material, CheckBox> boxes = new EnumMap<>(Material.class);
            VBox materials = materialBoxes(Material.required(file.document().marketRelated()), last.materials(), boxes);
            DatePicker on = FormDialog.datePicker("supplementedOn", vm.today());
            DatePicker from = FormDialog.datePicker("commentFrom", last.commentFrom());
            DatePicker to = FormDialog.datePicker("commentTo", last.commentTo());
            record Arrival(Set<Material> added, LocalDate on, LocalDate from, LocalDate to) {
            }
            new FormDialog<Arrival>(owner, Texts.get("rui.supplement.title"), SUPPLEMENT_ID)
                    .row(Texts.get("rui.supplement.date"), on)
                    .row(Texts.get("rui.submit.materials"), materials)
                    .row(Texts.get("rui.submit.commentFrom"), from)
                    .row(Texts.get("rui.submit.commentTo"), to)
                    .disableOkWhen(on.valueProperty().isNull())
                    .showAndWait(() -> new Arrival(boxes.entrySet().stream()
                            .filter(e -> e.getValue().isSelected() && !e.getValue().isDisabled()).map(Map.Entry::getKey)
                            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Material.class))),
                            on.getValue(), from.getValue(), to.getValue()))
                    .ifPresent(a -> vm.perform(id -> vm.reviews().supplement(id, a.added(), a.from(), a.to(), a.on()),
                            this::submitted));
        });
    }

    /**
     * One check box per material, the required ones still missing marked 必备; those already
     * {@code given} are ticked and fixed. The boxes are also put into {@code boxes}.
     */
    private static VBox materialBoxes(Set<Material> required, Set<Material> given, Map<Material, CheckBox> boxes) {
        VBox materials = new VBox(4);
        for (Material m : Material.values()) {
            boolean has = given.contains(m);
            CheckBox box = new CheckBox(required.contains(m) && !has ? Texts.get("rui.submit.required", m.label())
                    : m.label());
            box.setId("material-" + m.name());
            box.setSelected(has);
            box.setDisable(has);
            boxes.put(m, box);
            materials.getChildren().add(box);
        }
        return materials;
    }

    private void submitted(SubmissionResult result) {
        if (result.complete()) {
            Prompts.inform(owner, Transition.SUBMIT.label(), Texts.get("rui.submit.complete"));
            return;
        }
        ButtonType giveBack = new ButtonType(Transition.RETURN.label(), ButtonBar.ButtonData.OK_DONE);
        ButtonType await = new ButtonType(Texts.get("rui.submit.await"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, Texts.get("rui.submit.incomplete",
                result.problems().stream().map(Problem::message).collect(Collectors.joining("\n"))), giveBack, await);
        alert.initOwner(owner);
        alert.setTitle(Transition.SUBMIT.label());
        alert.setHeaderText(null);
        alert.getDialogPane().setId("incompleteDialog");
        alert.showAndWait().filter(b -> b == giveBack)
                .ifPresent(b -> vm.ask(vm.reviews()::missingSummary, this::returnWith));
    }

    private void returnWith(String suggested) {
        Prompts.askText(owner, Transition.RETURN.label(), Texts.get("editor.ask.reason", Transition.RETURN.label()), 3,
                        suggested)
                .ifPresent(reason -> vm.perform(id -> {
                    vm.reviews().returnForCompletion(id, reason);
                    return reason;
                }, r -> { }));
    }

    private void accept() {
        String name = reviewer;
        if (name == null || name.isBlank()) {
            name = Prompts.askText(owner, Transition.ACCEPT.label(), Texts.get("rui.accept.reviewer"), 1)
                    .orElse(null);
            if (name == null) {
                return;
            }
        }
        String who = name;
        vm.perform(id -> vm.reviews().accept(id, who), c -> { });
    }

    private void deliberate(NormativeDocument doc) {
        ComboBox<MeetingKind> meeting = combo("meeting", Arrays.asList(MeetingKind.values()));
        meeting.setConverter(LabelConverter.labelled());
        TextField session = new TextField();
        session.setId("session");
        session.setPromptText(Texts.get("rui.deliberate.session.prompt"));
        DatePicker held = FormDialog.datePicker("heldOn", vm.today());
        ComboBox<DeliberationDecision> decision = combo("decision", Arrays.asList(DeliberationDecision.values()));
        decision.setConverter(LabelConverter.labelled());
        TextArea dissent = new TextArea();
        dissent.setId("dissent");
        dissent.setPrefRowCount(3);
        dissent.setWrapText(true);
        FormDialog<Deliberation> form = new FormDialog<Deliberation>(owner, Texts.get("rui.deliberate.title"),
                DELIBERATE_ID)
                .row(Texts.get("rui.deliberate.meeting"), meeting)
                .row(Texts.get("rui.deliberate.session"), session)
                .row(Texts.get("rui.deliberate.date"), held)
                .row(Texts.get("rui.deliberate.decision"), decision)
                .row(Texts.get("rui.deliberate.dissent"), dissent)
                .disableOkWhen(meeting.valueProperty().isNull().or(decision.valueProperty().isNull()));
        form.showAndWait(() -> new Deliberation(null, doc.id(), meeting.getValue(), blankToNull(session.getText()),
                        held.getValue(), decision.getValue(), blankToNull(dissent.getText())))
                .ifPresent(d -> vm.perform(id -> vm.publication().deliberate(id, d), saved -> { }));
    }

    private void register(NormativeDocument doc) {
        if (!Prompts.confirm(owner, Transition.REGISTER.label(), Texts.get("rui.register.confirm", doc.title()))) {
            return;
        }
        vm.perform(id -> vm.publication().register(id, vm.today()), d -> Prompts.inform(owner,
                Transition.REGISTER.label(), Texts.get("rui.register.done", d.registrationNumber())));
    }

    private void publish(NormativeDocument doc) {
        TextField number = new TextField(doc.docNumber() == null ? "" : doc.docNumber());
        number.setId("pubDocNumber");
        number.setPromptText(Texts.get("rui.publish.docNumber.prompt"));
        DatePicker published = FormDialog.datePicker("pubPublishedOn",
                doc.publishedOn() != null ? doc.publishedOn() : vm.today());
        DatePicker effective = FormDialog.datePicker("pubEffectiveOn", doc.effectiveOn());
        DatePicker validUntil = FormDialog.datePicker("pubValidUntil", doc.validUntil());
        TextArea gap = new TextArea();
        gap.setId("pubGapReason");
        gap.setPrefRowCount(2);
        gap.setWrapText(true);
        Label problems = new Label();
        problems.setId("pubProblems");
        problems.setWrapText(true);
        problems.setMaxWidth(480);
        ObservableList<Problem> found = FXCollections.observableArrayList();
        SimpleBooleanProperty checking = new SimpleBooleanProperty(true);
        long[] round = {0};
        boolean[] validUntilByDefault = {doc.validUntil() == null};
        Runnable check = () -> {
            long mine = ++round[0];
            checking.set(true);
            Publication p = new Publication(number.getText(), published.getValue(), effective.getValue(),
                    validUntil.getValue(), blankToNull(gap.getText()));
            vm.ask(id -> vm.publication().check(id, p), list -> {
                if (mine == round[0]) {
                    found.setAll(list);
                    checking.set(false);
                }
            });
        };
        found.addListener((javafx.collections.ListChangeListener<Problem>) c -> problems.setText(found.isEmpty()
                ? Texts.get("rui.publish.ok")
                : found.stream().map(p -> (p.isError() ? "✖ " : "⚠ ") + p.message()).collect(Collectors.joining("\n"))));
        effective.valueProperty().addListener((o, a, day) -> {
            if (day != null && validUntilByDefault[0]) {
                vm.ask(id -> vm.publication().defaultValidUntil(id, day), until -> {
                    validUntil.setValue(until);
                    validUntilByDefault[0] = true;
                });
            }
        });
        validUntil.valueProperty().addListener((o, a, v) -> {
            if (validUntil.getEditor().isFocused()) {
                validUntilByDefault[0] = false;
            }
            check.run();
        });
        number.textProperty().addListener(o -> check.run());
        published.valueProperty().addListener(o -> check.run());
        effective.valueProperty().addListener(o -> check.run());
        gap.textProperty().addListener(o -> check.run());
        FormDialog<Publication> form = new FormDialog<Publication>(owner, Transition.PUBLISH.label(), PUBLISH_ID)
                .row(Texts.get("rui.publish.docNumber"), number)
                .row(Texts.get("rui.publish.publishedOn"), published)
                .row(Texts.get("rui.publish.effectiveOn"), effective)
                .row(Texts.get("rui.publish.validUntil"), validUntil)
                .row(Texts.get("rui.publish.gapReason"), gap)
                .wide(problems)
                .disableOkWhen(checking.or(Bindings.createBooleanBinding(
                        () -> found.stream().anyMatch(Problem::isError), found)));
        check.run();
        form.showAndWait(() -> new Publication(number.getText(), published.getValue(), effective.getValue(),
                        validUntil.getValue(), blankToNull(gap.getText())))
                .ifPresent(p -> vm.perform(id -> vm.publication().publish(id, p), d -> { }));
    }

    private static <T> ComboBox<T> combo(String id, List<T> items) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(items));
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static LocalDate orToday(LocalDate d, LocalDate today) {
        return d == null ? today : d;
    }
}
