package org.normdesk.domain;

import java.util.List;

/** A window of rows and how many rows match in all. */
public record Page<T>(List<T> rows, long total, int offset) {
}
