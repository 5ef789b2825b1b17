package org.normdesk.domain.filing;

import java.time.LocalDate;

/**
 * One line of the 年度规范性文件目录.
 *
 * @param changedOn for MADE the 公布日期, for AMENDED and REPEALED the day the decision took effect
 * @param note      the decision (已废止, 宣布失效, 已撤销 …) for the REPEALED part
 */
public record CatalogEntry(CatalogSection section, String title, String docNumber, String registrationNumber,
                           String issuer, LocalDate publishedOn, LocalDate effectiveOn, LocalDate changedOn,
                           String note) {
}
