package org.normdesk.domain.review;

/** 高频修改意见: an opinion the office writes often, kept for reuse. */
public record OpinionTemplate(Long id, ChecklistItem category, String title, String opinion, String legalBasis) {
}
