package org.normdesk.domain;

import java.util.EnumSet;
import java.util.Set;

/** The moves a document can make between stages; {@link StageMachine} guards each one. */
public enum Transition implements Labelled {
    SUBMIT(Stage.DRAFTING, Stage.SUBMITTED),
    ACCEPT(Stage.SUBMITTED, Stage.UNDER_REVIEW),
    RETURN(EnumSet.of(Stage.SUBMITTED, Stage.UNDER_REVIEW), Stage.RETURNED),
    REDRAFT(Stage.RETURNED, Stage.DRAFTING),
    /** The drafting unit sends the completed materials back (补正后重新送审). */
    RESUBMIT(Stage.RETURNED, Stage.SUBMITTED),
    FINISH_REVIEW(Stage.UNDER_REVIEW, Stage.REVIEWED),
    DELIBERATE(Stage.REVIEWED, Stage.DELIBERATED),
    REGISTER(Stage.DELIBERATED, Stage.REGISTERED),
    REFUSE_REGISTRATION(Stage.DELIBERATED, Stage.NOT_REGISTERED),
    PUBLISH(Stage.REGISTERED, Stage.PUBLISHED),
    WITHDRAW(EnumSet.of(Stage.DRAFTING, Stage.SUBMITTED, Stage.UNDER_REVIEW, Stage.REVIEWED, Stage.RETURNED,
            Stage.DELIBERATED), Stage.WITHDRAWN);

    private final Set<Stage> from;
    private final Stage to;

    Transition(Stage from, Stage to) {
        this(EnumSet.of(from), to);
    }

    Transition(Set<Stage> from, Stage to) {
        this.from = from;
        this.to = to;
    }

    public Set<Stage> from() {
        return from;
    }

    public Stage to() {
        return to;
    }

    @Override
    public String labelPrefix() {
        return "transition";
    }
}
