package org.normdesk.domain.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.normdesk.domain.WorkingDayCalendar;

class ReviewDeadlineTest {
    private static final WorkingDayCalendar DAYS = WorkingDayCalendar.weekdaysOnly();
    // Accepted on Monday 2025-03-03 with 15 working days: due Monday 2025-03-24.
    private final ReviewCase running = ReviewCase.open(1, LocalDate.of(2025, 3, 3), 15).startClock(LocalDate.of(2025, 3, 3));

    @Test
    void notStartedBeforeTheMaterialsAreComplete() {
        assertThat(ReviewDeadline.of(ReviewCase.open(1, LocalDate.of(2025, 3, 3), 15), LocalDate.of(2025, 3, 10), DAYS)
                .state()).isEqualTo(ReviewDeadline.State.NOT_STARTED);
    }

    @Test
    void countsDownInWorkingDays() {
        ReviewDeadline d = ReviewDeadline.of(running, LocalDate.of(2025, 3, 10), DAYS);
        assertThat(d.dueOn()).isEqualTo(LocalDate.of(2025, 3, 24));
        assertThat(d.workingDaysLeft()).isEqualTo(10);
        assertThat(d.state()).isEqualTo(ReviewDeadline.State.RUNNING);
    }

    @Test
    void dueSoonThenOverdue() {
        assertThat(ReviewDeadline.of(running, LocalDate.of(2025, 3, 20), DAYS).state())
                .isEqualTo(ReviewDeadline.State.DUE_SOON);
        ReviewDeadline late = ReviewDeadline.of(running, LocalDate.of(2025, 3, 26), DAYS);
        assertThat(late.state()).isEqualTo(ReviewDeadline.State.OVERDUE);
        assertThat(late.workingDaysLeft()).isEqualTo(-2);
    }

    @Test
    void anExtensionMovesTheDueDate() {
        ReviewCase extended = running.extend(5, "涉及多个部门职责，需征求意见");
        assertThat(ReviewDeadline.of(extended, LocalDate.of(2025, 3, 26), DAYS).dueOn()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(extended.extensionReason()).isEqualTo("涉及多个部门职责，需征求意见");
    }

    @Test
    void finishedLateIsRemembered() {
        ReviewCase done = running.withOpinion(org.normdesk.domain.ReviewOutcome.LEGAL, null, "同意")
                .finish("清司审〔2025〕1号", LocalDate.of(2025, 3, 25));
        assertThat(ReviewDeadline.of(done, LocalDate.of(2025, 4, 1), DAYS).state())
                .isEqualTo(ReviewDeadline.State.DONE_LATE);
    }
}
