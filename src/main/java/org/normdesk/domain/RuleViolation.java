package org.normdesk.domain;

import java.util.List;

/** Thrown when an action breaks a rule of the field; its message is the Chinese reason. */
public class RuleViolation extends RuntimeException {
    private final transient List<Problem> problems;

    public RuleViolation(List<Problem> problems) {
        super(String.join("；", problems.stream().map(Problem::message).toList()));
        this.problems = List.copyOf(problems);
    }

    public RuleViolation(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
