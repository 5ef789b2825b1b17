package org.normdesk.domain;

/**
 * The jurisdiction's numbers (RULES.md). Each is a setting whose default is the one the rules
 * give; an office changes them in 设置 to follow its province.
 *
 * @param reviewDays           working days a legality review may take (RULES.md §2: ≥ 5 and ≤ 15)
 * @param commentWorkingDays   the least public comment period, in working days (§1: 7)
 * @param commentDaysMarket    the least comment period, in calendar days, for documents on market
 *                             entities or major decisions (§1: 30)
 * @param effectiveGapDays     days between publication and entry into force below which a reason
 *                             must be stated (§1: 30)
 * @param validityYears        有效期 when none is stated (§1: 5)
 * @param trialValidityYears   有效期 of 暂行/试行 documents (§1: 2)
 * @param announcementValidityYears 有效期 of 通告 (§1: 1)
 * @param registrationTemplate 统一登记号 pattern (§3), see {@link NumberTemplate}
 * @param opinionTemplate      审核意见书 number pattern, see {@link NumberTemplate}
 * @param reviewOffice         the office that signs review opinions
 * @param expiryWindowMonths   how long before its 有效期 ends a document is evaluated, and so how far
 *                             ahead (and back, for those past it awaiting a decision) the home
 *                             screen looks (§1: evaluate 6 months before)
 * @param correctionDays       备案 暂缓办理: days the maker has for the 补正 when the authority names no
 *                             day (§4: 10–15)
 * @param answerDays           备案审查 要求纠正: days the maker has to answer (§4: 30)
 */
public record RulePack(int reviewDays, int commentWorkingDays, int commentDaysMarket, int effectiveGapDays,
                       int validityYears, int trialValidityYears, int announcementValidityYears,
                       String registrationTemplate, String opinionTemplate, String reviewOffice,
                       int expiryWindowMonths, int correctionDays, int answerDays) {

    public static final int EXPIRY_WINDOW_MONTHS_DEFAULT = 6;
    public static final int CORRECTION_DAYS_DEFAULT = 15;
    public static final int ANSWER_DAYS_DEFAULT = 30;

    /** A rule pack with the default 备案 periods (for code written before they were settings). */
    public RulePack(int reviewDays, int commentWorkingDays, int commentDaysMarket, int effectiveGapDays,
                    int validityYears, int trialValidityYears, int announcementValidityYears,
                    String registrationTemplate, String opinionTemplate, String reviewOffice,
                    int expiryWindowMonths) {
        this(reviewDays, commentWorkingDays, commentDaysMarket, effectiveGapDays, validityYears, trialValidityYears,
                announcementValidityYears, registrationTemplate, opinionTemplate, reviewOffice, expiryWindowMonths,
                CORRECTION_DAYS_DEFAULT, ANSWER_DAYS_DEFAULT);
    }

    /** A rule pack with the default evaluation window (for code written before the window was a setting). */
    public RulePack(int reviewDays, int commentWorkingDays, int commentDaysMarket, int effectiveGapDays,
                    int validityYears, int trialValidityYears, int announcementValidityYears,
                    String registrationTemplate, String opinionTemplate, String reviewOffice) {
        this(reviewDays, commentWorkingDays, commentDaysMarket, effectiveGapDays, validityYears, trialValidityYears,
                announcementValidityYears, registrationTemplate, opinionTemplate, reviewOffice,
                EXPIRY_WINDOW_MONTHS_DEFAULT, CORRECTION_DAYS_DEFAULT, ANSWER_DAYS_DEFAULT);
    }

    public static final int REVIEW_DAYS_MIN = 5;
    public static final int REVIEW_DAYS_MAX = 15;

    public static RulePack defaults() {
        return new RulePack(15, 7, 30, 30, 5, 2, 1, "清规〔{year}〕{seq:3}", "清司审〔{year}〕{seq}号", "清河县司法局",
                EXPIRY_WINDOW_MONTHS_DEFAULT, CORRECTION_DAYS_DEFAULT, ANSWER_DAYS_DEFAULT);
    }

    /** The 有效期 a document of this kind gets when its text states none, in years. */
    public int defaultValidityYears(DocumentKind kind, boolean trial) {
        if (kind == DocumentKind.ANNOUNCEMENT) {
            return announcementValidityYears;
        }
        return trial ? trialValidityYears : validityYears;
    }
}
