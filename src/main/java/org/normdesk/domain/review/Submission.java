package org.normdesk.domain.review;

import java.time.LocalDate;
import java.util.Set;

/**
 * One 送审: who sent which draft version when, with which materials, and the public comment period
 * the drafting unit reports.
 */
public record Submission(Long id, LocalDate submittedOn, String submittedBy, int draftVersion,
                         Set<Material> materials, LocalDate commentFrom, LocalDate commentTo) {

    public Submission {
        materials = materials == null ? Set.of() : Set.copyOf(materials);
    }
}
