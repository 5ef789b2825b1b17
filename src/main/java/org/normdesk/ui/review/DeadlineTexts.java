package org.normdesk.ui.review;

import org.normdesk.domain.Texts;
import org.normdesk.domain.review.ReviewDeadline;
import org.normdesk.ui.common.ChineseDates;

/** How a review's deadline reads on the screens, and the style class that colours it. */
public final class DeadlineTexts {
    public static final String OVERDUE = "deadline-overdue";
    public static final String DUE_SOON = "deadline-due-soon";

    private DeadlineTexts() {
    }

    /** 剩余3个工作日 / 已超期2个工作日 / 已办结 / 尚未受理. */
    public static String left(ReviewDeadline d) {
        if (d == null) {
            return Texts.get("rui.deadline.notSubmitted");
        }
        return switch (d.state()) {
            case NOT_STARTED -> Texts.get("rui.deadline.notStarted");
            case DONE -> Texts.get("rui.deadline.done");
            case DONE_LATE -> Texts.get("rui.deadline.doneLate");
            case OVERDUE -> Texts.get("rui.deadline.overdue", Math.abs(d.workingDaysLeft()));
            default -> Texts.get("rui.deadline.left", d.workingDaysLeft());
        };
    }

    public static String state(ReviewDeadline d) {
        return Texts.get("rui.deadline.state." + (d == null ? "NONE" : d.state().name()));
    }

    /** 期限：2025年3月17日（剩余3个工作日）, with the calendar note when only weekdays were counted. */
    public static String summary(ReviewDeadline d) {
        if (d == null || d.dueOn() == null) {
            return left(d);
        }
        String s = Texts.get("rui.deadline.summary", ChineseDates.format(d.dueOn()), left(d));
        return d.weekdaysOnly() ? s + "\n" + Texts.get("rui.deadline.weekdaysOnly") : s;
    }

    /** The style class for the state, or null when no colour is wanted. */
    public static String styleClass(ReviewDeadline d) {
        if (d == null) {
            return null;
        }
        return switch (d.state()) {
            case OVERDUE, DONE_LATE -> OVERDUE;
            case DUE_SOON -> DUE_SOON;
            default -> null;
        };
    }
}
