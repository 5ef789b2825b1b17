package org.normdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.normdesk.domain.Problem;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.Texts;

class UserMessagesTest {

    @Test
    void aRefusalSaysItsOwnReason() {
        var refusal = new RuleViolation(Problem.error("fullText", "guard.submit.noText"));
        assertThat(UserMessages.describe(refusal)).isEqualTo(Texts.get("guard.submit.noText"));
        assertThat(UserMessages.isRefusal(refusal)).isTrue();
    }

    @Test
    void unfinishedFunctionsAndTechnicalFailuresGetAChineseSentence() {
        assertThat(UserMessages.describe(new UnsupportedOperationException("demo data not yet written")))
                .isEqualTo(Texts.get("error.notYetAvailable"));
        assertThat(UserMessages.describe(new IllegalStateException("NPE in foo"))).isEqualTo(Texts.get("error.unexpected"));
        assertThat(UserMessages.describe(new IllegalStateException("这份文件已不存在。"))).isEqualTo("这份文件已不存在。");
    }
}
