package org.normdesk.ui.review;

import java.util.List;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.normdesk.domain.Articles;
import org.normdesk.domain.risk.ClauseMarks;
import org.normdesk.domain.risk.RiskFinding;

/**
 * One article of the draft in the workbench's text list. An article the risk scan points at is
 * marked ⚠, its suspect sentences shaded and the words that raised them set in bold red, so the
 * reviewer reads the clause where it stands instead of hunting for it.
 */
final class ArticleCell extends ListCell<Articles.Article> {
    static final String FLAGGED = "risk-article";
    static final String SENTENCE = "risk-sentence";
    static final String WORDS = "risk-words";

    private final ListView<Articles.Article> list;
    private final RiskViewModel risk;

    ArticleCell(ListView<Articles.Article> list, RiskViewModel risk) {
        this.list = list;
        this.risk = risk;
        setWrapText(true);
        setPrefWidth(0); // wrap to the list's width instead of widening it
    }

    @Override
    protected void updateItem(Articles.Article a, boolean empty) {
        super.updateItem(a, empty);
        getStyleClass().remove(FLAGGED);
        if (empty || a == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        List<RiskFinding> here = risk == null ? List.of()
                : risk.findings().stream().filter(f -> f.articleRef().equals(a.label())).toList();
        if (here.isEmpty()) {
            setGraphic(null);
            setContentDisplay(ContentDisplay.TEXT_ONLY);
            setText(a.text());
            return;
        }
        getStyleClass().add(FLAGGED);
        TextFlow flow = new TextFlow(new Text("⚠ "));
        for (ClauseMarks.Segment s : ClauseMarks.of(a.text(), a.label(), here)) {
            Text t = new Text(s.text());
            if (s.kind() == ClauseMarks.Kind.SENTENCE) {
                t.getStyleClass().add(SENTENCE);
            } else if (s.kind() == ClauseMarks.Kind.WORDS) {
                t.getStyleClass().addAll(SENTENCE, WORDS);
            }
            flow.getChildren().add(t);
        }
        flow.maxWidthProperty().bind(list.widthProperty().subtract(28));
        flow.prefWidthProperty().bind(list.widthProperty().subtract(28));
        setText(null);
        setGraphic(flow);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }
}
