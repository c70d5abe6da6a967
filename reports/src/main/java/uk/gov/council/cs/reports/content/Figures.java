package uk.gov.council.cs.reports.content;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** How figures are written in the council's reports: one place, so every table says it the same way. */
public final class Figures {

    /** Written where a figure cannot be given, such as a rate of nothing. */
    public static final String NONE = "–";

    private Figures() {
    }

    public static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(n);
    }

    /** A share (0.4567) as a percentage to one place ("45.7%"). */
    public static String percent(double share) {
        return roundedPercent(share).toPlainString() + "%";
    }

    static BigDecimal roundedPercent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP);
    }

    /** {@code part / whole}, or none when there is no whole. */
    public static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    /** A net satisfaction score: good less poor, per hundred responses ("+23", "-5"), or none. */
    public static String netScore(long good, long poor, long responses) {
        if (responses == 0) {
            return NONE;
        }
        long score = Math.round(100.0 * (good - poor) / responses);
        return (score > 0 ? "+" : "") + score;
    }

    /** A ratio to two places ("1.24"), or none. */
    public static String ratio(Double ratio) {
        return ratio == null ? NONE : BigDecimal.valueOf(ratio).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** Days to one place ("12.5"), or none. */
    public static String average(Double value) {
        return value == null ? NONE : BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
