package org.normdesk.text;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.normdesk.domain.extract.ExtractedField;

/**
 * 施行日期 and 有效期 from the closing article's words: "本办法自2025年3月1日起施行", "自印发之日起施行"
 * (then the 成文日期 counts), "有效期至2030年3月15日", "有效期5年" / "有效期两年" (counted from 施行,
 * ending the day before the anniversary, as 2025年8月16日起…有效期至2030年8月15日 shows).
 */
final class ForceDates {
    private static final String DATE = DateParser.DATE.pattern();
    private static final Pattern FROM_DATE = Pattern.compile("自\\s*(" + DATE + ")\\s*起\\s*(?:施行|实施|执行|生效)");
    private static final Pattern FROM_SIGNING = Pattern.compile(
            "自(?:印发|发布|公布|下发|签发|公开发布)之日起(?:施行|实施|执行|生效)");
    private static final Pattern UNTIL = Pattern.compile("有效期(?:延长)?(?:截)?至\\s*(" + DATE + ")");
    private static final Pattern YEARS = Pattern.compile("有效期(?:为)?\\s*(" + ChineseNumbers.NUMERAL_CLASS + "{1,3})\\s*年");

    private ForceDates() {
    }

    static ExtractedField<LocalDate> effectiveOn(String text, LocalDate signedOn) {
        Matcher m = FROM_DATE.matcher(text);
        if (m.find()) {
            Optional<LocalDate> d = DateParser.first(m.group(1));
            if (d.isPresent()) {
                return ExtractedField.of(d.get(), around(text, m), 0.95);
            }
        }
        Matcher s = FROM_SIGNING.matcher(text);
        if (s.find() && signedOn != null) {
            // 印发/发布 are taken as the 成文日期: the publication day may be a few days later.
            return ExtractedField.of(signedOn, around(text, s), 0.75);
        }
        return ExtractedField.none();
    }

    static ExtractedField<LocalDate> validUntil(String text, LocalDate effectiveOn) {
        Matcher m = UNTIL.matcher(text);
        if (m.find()) {
            Optional<LocalDate> d = DateParser.first(m.group(1));
            if (d.isPresent()) {
                return ExtractedField.of(d.get(), around(text, m), 0.95);
            }
        }
        Matcher y = YEARS.matcher(text);
        if (y.find() && effectiveOn != null) {
            int years = ChineseNumbers.parse(y.group(1));
            if (years > 0 && years <= 10) {
                return ExtractedField.of(effectiveOn.plusYears(years).minusDays(1), around(text, y), 0.8);
            }
        }
        return ExtractedField.none();
    }

    static String around(String text, Matcher m) {
        int from = Math.max(0, m.start() - 12);
        int to = Math.min(text.length(), m.end() + 8);
        return text.substring(from, to).replace('\n', ' ').strip();
    }
}
