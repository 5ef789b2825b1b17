package org.normdesk.domain.filing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.NumberTemplate;
import org.normdesk.domain.Problem;

/**
 * A body documents are filed with (市人民政府, 县人大常委会), or, INCOMING, the county government
 * receiving its departments' and townships' documents. Each number is a setting whose default is
 * RULES.md §4's: 30 calendar days, the five materials.
 *
 * @param dueDays       calendar days from publication within which the filing is due
 * @param reportPattern the 备案报告 number pattern, e.g. 江府规备字〔{year}〕{seq}号 (none for INCOMING)
 * @param categories    the issuer categories whose documents are filed here
 */
public record FilingAuthority(Long id, String name, FilingDirection direction, int dueDays, String reportPattern,
                              Set<IssuerCategory> categories, List<FilingMaterial> materials, boolean active,
                              int sortOrder, int version) {
    public static final int DEFAULT_DUE_DAYS = 30;
    public static final int MAX_DUE_DAYS = 366;

    public FilingAuthority {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        materials = materials == null ? List.of() : List.copyOf(materials);
    }

    public static FilingAuthority outgoing(String name, String reportPattern, Set<IssuerCategory> categories) {
        return new FilingAuthority(null, name, FilingDirection.OUTGOING, DEFAULT_DUE_DAYS, reportPattern, categories,
                List.of(FilingMaterial.REPORT, FilingMaterial.OFFICIAL_TEXT, FilingMaterial.DRAFTING_NOTE,
                        FilingMaterial.BASIS, FilingMaterial.LEGALITY_OPINION), true, 0, 0);
    }

    /** Whether documents of issuers of this category are filed here. */
    public boolean covers(IssuerCategory category) {
        return active && category != null && categories.contains(category);
    }

    /** The last day on which a filing of a document published that day is on time (null without a date). */
    public LocalDate dueOn(LocalDate publishedOn) {
        return publishedOn == null ? null : publishedOn.plusDays(dueDays);
    }

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(Problem.error("name", "filing.authority.nameRequired"));
        }
        if (direction == null) {
            problems.add(Problem.error("direction", "filing.authority.directionRequired"));
        }
        if (dueDays < 1 || dueDays > MAX_DUE_DAYS) {
            problems.add(Problem.error("dueDays", "filing.authority.dueDays", 1, MAX_DUE_DAYS));
        }
        if (direction == FilingDirection.OUTGOING) {
            new NumberTemplate(reportPattern).problem().ifPresent(problems::add);
        }
        if (categories.isEmpty()) {
            problems.add(Problem.error("categories", "filing.authority.categoriesRequired"));
        }
        return problems;
    }

    public FilingAuthority withId(long newId) {
        return new FilingAuthority(newId, name, direction, dueDays, reportPattern, categories, materials, active,
                sortOrder, version);
    }

    @Override
    public String toString() {
        return name;
    }
}
