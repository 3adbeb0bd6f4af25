package cn.luzhi.query.cockpit;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The cockpit's rates, defined here and nowhere else. Every rate is a percentage rounded half-up to one decimal,
 * or null when its denominator is 0 (a rate of nothing is unknown, not 0 %).
 * <p>
 * Which cases the counts include is the cohort rule of {@link CockpitQueries}: the cases that arrived in the
 * period (petitions and suggestions by submission, mediation cases by referral), each counted by the state it
 * is in now. Merged duplicates count through the case they were merged into; returned suggestions were never
 * filed. So {@code received = closed + open + declined + withdrawn} for petitions, and a past year's figures
 * still move while its cases are being finished. Ballots count in the period they closed (were held), with
 * the papers cast as the deputies who voted; livelihood projects in the period their ballot approved them.
 */
public final class CockpitFormulas {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CockpitFormulas() {
    }

    /** Petitions closed (办结) out of petitions received. */
    public static BigDecimal closureRate(long closed, long received) {
        return percentage(closed, received);
    }

    /** Petitions whose petitioner's last rating was satisfied or basically satisfied, out of rated petitions. */
    public static BigDecimal satisfactionRate(long satisfiedOrBasicallySatisfied, long rated) {
        return percentage(satisfiedOrBasicallySatisfied, rated);
    }

    /** Suggestions in class A, B or C (by the current class), out of replied suggestions. */
    public static BigDecimal classShare(long inClass, long replied) {
        return percentage(inClass, replied);
    }

    /** Suggestions whose first reply came by its deadline, out of replied suggestions. */
    public static BigDecimal onTimeReplyRate(long repliedOnTime, long replied) {
        return percentage(repliedOnTime, replied);
    }

    /** Mediation cases settled, out of those that ended settled or failed (withdrawn ones count in neither). */
    public static BigDecimal successRate(long settled, long failed) {
        return percentage(settled, settled + failed);
    }

    /** Deputies who voted, out of deputies entitled to vote. */
    public static BigDecimal turnout(long voted, long entitled) {
        return percentage(voted, entitled);
    }

    static BigDecimal percentage(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
