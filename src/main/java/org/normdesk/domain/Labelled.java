package org.normdesk.domain;

/** An enum whose constants have a label in the message bundle under {@code prefix() + "." + name()}. */
public interface Labelled {
    String name();

    String labelPrefix();

    default String label() {
        return Texts.get(labelPrefix() + "." + name());
    }
}
