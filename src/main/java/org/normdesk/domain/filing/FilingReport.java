package org.normdesk.domain.filing;

import java.time.LocalDate;
import java.util.List;

/**
 * What the 备案报告 says (RULES.md §4): its number, the authority addressed, the document with its
 * 公布日期, the materials enclosed, the maker who signs and the date.
 */
public record FilingReport(String number, String authority, String documentTitle, String docNumber,
                           LocalDate publishedOn, String maker, String county, List<FilingMaterial> materials,
                           LocalDate date) {
}
