package org.normdesk.ui.common;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.scene.control.Control;

import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import org.controlsfx.validation.decoration.ValidationDecoration;
import org.normdesk.domain.Problem;

/**
 * Marks form controls with the {@link Problem}s of their field, using ControlsFX's validation
 * decorations (icon with the Chinese message as tooltip, red or yellow border). The problems
 * come from the services, often from a background thread, so this is driven by
 * {@link #show(Collection)} rather than by ValidationSupport's per-control validators.
 */
public final class ProblemDecorations {
    private final Map<String, Control> controls = new LinkedHashMap<>();
    private final ValidationDecoration decoration = new CompoundValidationDecoration(
            new GraphicValidationDecoration(), new StyleClassValidationDecoration());
    private List<Problem> shown = List.of();
    private boolean active = true;

    /** Ties a field name of the domain record (e.g. "docNumber") to the control that edits it. */
    public ProblemDecorations bind(String field, Control control) {
        controls.put(field, control);
        return this;
    }

    public void show(Collection<Problem> problems) {
        shown = List.copyOf(problems);
        redraw();
    }

    /**
     * Hides the marks while their controls are out of sight (another tab), because a decoration
     * floats above the scene and would otherwise show over the other tab's content.
     */
    public void setActive(boolean active) {
        this.active = active;
        redraw();
    }

    private void redraw() {
        controls.values().forEach(decoration::removeDecorations);
        if (!active) {
            return;
        }
        for (Problem p : shown) {
            Control c = controls.get(p.field());
            if (c != null) {
                decoration.applyValidationDecoration(p.isError()
                        ? ValidationMessage.error(c, p.message()) : ValidationMessage.warning(c, p.message()));
            }
        }
    }
}
