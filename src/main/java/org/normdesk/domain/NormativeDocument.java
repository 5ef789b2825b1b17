package org.normdesk.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * 规范性文件 as the register keeps it. The stage changes only through {@link StageMachine}; the
 * 时效性 is never stored here but derived by {@link ValidityRule}.
 */
public record NormativeDocument(
        Long id,
        String title,
        String docNumber,
        String registrationNumber,
        Long leadIssuerId,
        List<Long> coIssuerIds,
        String draftingUnit,
        DocumentKind kind,
        boolean trial,
        boolean marketRelated,
        boolean majorDecision,
        LocalDate signedOn,
        LocalDate publishedOn,
        LocalDate effectiveOn,
        LocalDate validUntil,
        String fullText,
        Stage stage,
        ReviewOutcome reviewOutcome,
        EndOfForce endOfForce,
        LocalDate endOfForceOn,
        int version) {

    public NormativeDocument {
        coIssuerIds = coIssuerIds == null ? List.of() : List.copyOf(coIssuerIds);
    }

    /** A new draft with nothing but its title, issuer and kind. */
    public static NormativeDocument draft(String title, long leadIssuerId, DocumentKind kind) {
        return new NormativeDocument(null, title, null, null, leadIssuerId, List.of(), null, kind,
                false, false, false, null, null, null, null, null, Stage.DRAFTING, null, null, null, 0);
    }

    /** The year the register files the document under: 公布, else 成文, else the given fallback year. */
    public int registerYear(int fallbackYear) {
        if (publishedOn != null) {
            return publishedOn.getYear();
        }
        if (signedOn != null) {
            return signedOn.getYear();
        }
        return fallbackYear;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes a few fields of an immutable document without a twenty-argument constructor call. */
    public static final class Builder {
        private Long id;
        private String title;
        private String docNumber;
        private String registrationNumber;
        private Long leadIssuerId;
        private List<Long> coIssuerIds;
        private String draftingUnit;
        private DocumentKind kind;
        private boolean trial;
        private boolean marketRelated;
        private boolean majorDecision;
        private LocalDate signedOn;
        private LocalDate publishedOn;
        private LocalDate effectiveOn;
        private LocalDate validUntil;
        private String fullText;
        private Stage stage;
        private ReviewOutcome reviewOutcome;
        private EndOfForce endOfForce;
        private LocalDate endOfForceOn;
        private int version;

        private Builder(NormativeDocument d) {
            id = d.id;
            title = d.title;
            docNumber = d.docNumber;
            registrationNumber = d.registrationNumber;
            leadIssuerId = d.leadIssuerId;
            coIssuerIds = d.coIssuerIds;
            draftingUnit = d.draftingUnit;
            kind = d.kind;
            trial = d.trial;
            marketRelated = d.marketRelated;
            majorDecision = d.majorDecision;
            signedOn = d.signedOn;
            publishedOn = d.publishedOn;
            effectiveOn = d.effectiveOn;
            validUntil = d.validUntil;
            fullText = d.fullText;
            stage = d.stage;
            reviewOutcome = d.reviewOutcome;
            endOfForce = d.endOfForce;
            endOfForceOn = d.endOfForceOn;
            version = d.version;
        }

        public Builder id(Long v) { id = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder docNumber(String v) { docNumber = v; return this; }
        public Builder registrationNumber(String v) { registrationNumber = v; return this; }
        public Builder leadIssuerId(Long v) { leadIssuerId = v; return this; }
        public Builder coIssuerIds(List<Long> v) { coIssuerIds = v; return this; }
        public Builder draftingUnit(String v) { draftingUnit = v; return this; }
        public Builder kind(DocumentKind v) { kind = v; return this; }
        public Builder trial(boolean v) { trial = v; return this; }
        public Builder marketRelated(boolean v) { marketRelated = v; return this; }
        public Builder majorDecision(boolean v) { majorDecision = v; return this; }
        public Builder signedOn(LocalDate v) { signedOn = v; return this; }
        public Builder publishedOn(LocalDate v) { publishedOn = v; return this; }
        public Builder effectiveOn(LocalDate v) { effectiveOn = v; return this; }
        public Builder validUntil(LocalDate v) { validUntil = v; return this; }
        public Builder fullText(String v) { fullText = v; return this; }
        public Builder stage(Stage v) { stage = v; return this; }
        public Builder reviewOutcome(ReviewOutcome v) { reviewOutcome = v; return this; }
        public Builder endOfForce(EndOfForce v) { endOfForce = v; return this; }
        public Builder endOfForceOn(LocalDate v) { endOfForceOn = v; return this; }
        public Builder version(int v) { version = v; return this; }

        public NormativeDocument build() {
            return new NormativeDocument(id, title, docNumber, registrationNumber, leadIssuerId, coIssuerIds,
                    draftingUnit, kind, trial, marketRelated, majorDecision, signedOn, publishedOn, effectiveOn,
                    validUntil, fullText, stage, reviewOutcome, endOfForce, endOfForceOn, version);
        }
    }
}
