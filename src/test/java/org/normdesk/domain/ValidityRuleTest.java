package org.normdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ValidityRuleTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 1);
    private static final LocalDate EFFECTIVE = LocalDate.of(2023, 4, 1);
    private static final LocalDate VALID_UNTIL = LocalDate.of(2028, 3, 31);

    private static ValidityRule.Derived at(LocalDate today) {
        return ValidityRule.derive(Stage.PUBLISHED, PUBLISHED, EFFECTIVE, VALID_UNTIL, null, null, today);
    }

    @Test
    void aDraftHasNoValidityYet() {
        var d = ValidityRule.derive(Stage.REGISTERED, PUBLISHED, EFFECTIVE, VALID_UNTIL, null, null, EFFECTIVE);
        assertThat(d.validity()).isNull();
        assertThat(d.changesOn()).isNull();
    }

    @Test
    void publishedButBeforeItsEffectiveDateIsNotYetInForce() {
        var d = at(LocalDate.of(2023, 3, 31));
        assertThat(d.validity()).isEqualTo(Validity.NOT_YET_EFFECTIVE);
        assertThat(d.changesOn()).isEqualTo(EFFECTIVE);
    }

    @Test
    void inForceFromTheEffectiveDayThroughTheLastDayOfItsTerm() {
        assertThat(at(EFFECTIVE).validity()).isEqualTo(Validity.IN_FORCE);
        assertThat(at(VALID_UNTIL).validity()).isEqualTo(Validity.IN_FORCE);
        assertThat(at(EFFECTIVE).changesOn()).isEqualTo(VALID_UNTIL.plusDays(1));
    }

    @Test
    void expiresByItselfTheDayAfterItsTermEnds() {
        var d = at(VALID_UNTIL.plusDays(1));
        assertThat(d.validity()).isEqualTo(Validity.EXPIRED);
        assertThat(d.changesOn()).isNull();
    }

    @Test
    void withoutATermItStaysInForce() {
        var d = ValidityRule.derive(Stage.PUBLISHED, PUBLISHED, EFFECTIVE, null, null, null, LocalDate.of(2040, 1, 1));
        assertThat(d.validity()).isEqualTo(Validity.IN_FORCE);
        assertThat(d.changesOn()).isNull();
    }

    @Test
    void aDecisionEndsForceFromTheDayItTakesEffect() {
        LocalDate repealOn = LocalDate.of(2025, 7, 1);
        var before = ValidityRule.derive(Stage.PUBLISHED, PUBLISHED, EFFECTIVE, VALID_UNTIL, EndOfForce.REPEALED,
                repealOn, LocalDate.of(2025, 6, 30));
        assertThat(before.validity()).isEqualTo(Validity.IN_FORCE);
        assertThat(before.changesOn()).isEqualTo(repealOn);

        var after = ValidityRule.derive(Stage.PUBLISHED, PUBLISHED, EFFECTIVE, VALID_UNTIL, EndOfForce.REPEALED,
                repealOn, repealOn);
        assertThat(after.validity()).isEqualTo(Validity.REPEALED);
    }

    @Test
    void eachDecisionGivesItsOwnValidity() {
        LocalDate day = LocalDate.of(2024, 1, 1);
        assertThat(ValidityRule.derive(Stage.PUBLISHED, PUBLISHED, EFFECTIVE, VALID_UNTIL, EndOfForce.AMENDED, day, day)
                .validity()).isEqualTo(Validity.AMENDED);
        assertThat(ValidityRule.derive(Stage.PUBLISHED, PUBLISHED, EFFECTIVE, VALID_UNTIL, EndOfForce.DECLARED_EXPIRED,
                day, day).validity()).isEqualTo(Validity.EXPIRED);
        assertThat(ValidityRule.derive(Stage.PUBLISHED, PUBLISHED, EFFECTIVE, VALID_UNTIL, EndOfForce.REVOKED, day, day)
                .validity()).isEqualTo(Validity.REVOKED);
    }
}
