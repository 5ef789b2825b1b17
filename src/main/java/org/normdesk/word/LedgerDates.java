package org.normdesk.word;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as ledgers type them: 2017.3.1, 2017-03-01, 2017/3/1, 2017年3月1日, 20170301. */
final class LedgerDates {
    private static final Pattern YMD = Pattern.compile("^(\\d{4})\\s*[.\\-/年]\\s*(\\d{1,2})\\s*[.\\-/月]\\s*(\\d{1,2})\\s*日?$");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");

    private LedgerDates() {
    }

    static LocalDate parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replace('．', '.').replace('－', '-');
        Matcher m = YMD.matcher(t);
        if (!m.matches()) {
            m = COMPACT.matcher(t);
            if (!m.matches()) {
                return null;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
