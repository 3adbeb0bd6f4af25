package cn.luzhi.query.cockpit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * The cockpit's rates, defined here and nowhere else. A single rate is a percentage rounded half-up to one decimal;
 * the shares of one whole (the A/B/C classes of replied suggestions) are rounded together by the largest-remainder
 * method, as published reports do, so that they add up to exactly 100.0. Either is null when its denominator is 0
 * (a rate of nothing is unknown, not 0 %).
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
    /** 100.0 % in tenths of a per cent: the unit of the shares' rounding. */
    private static final long TENTHS_OF_A_WHOLE = 1000;

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

    /**
     * Suggestions in class A, B and C (by the current class), out of replied suggestions, as shares of one whole:
     * 131, 49 and 1 of 181 are 72.4, 27.1 and 0.5 (half-up rounding of each would give 0.6 and a total of 100.1).
     */
    public static List<BigDecimal> classShares(long classA, long classB, long classC, long replied) {
        return shares(replied, classA, classB, classC);
    }

    /** Suggestions whose first reply came by its deadline, out of replied suggestions. */
    public static BigDecimal onTimeReplyRate(long repliedOnTime, long replied) {
        return percentage(repliedOnTime, replied);
    }

    /** Mediation cases settled, out of those that ended settled or failed (withdrawn ones count in neither). */
    public static BigDecimal successRate(long settled, long failed) {
        return percentage(settled, settled + failed);
    }

    /** Legislative opinions the legislature adopted, out of those forwarded to it. */
    public static BigDecimal adoptionRate(long adopted, long forwarded) {
        return percentage(adopted, forwarded);
    }

    /** Deputies who voted, out of deputies entitled to vote. */
    public static BigDecimal turnout(long voted, long entitled) {
        return percentage(voted, entitled);
    }

    /** Deputies present at closed activities, out of those expected there (invited or recorded, leave included). */
    public static BigDecimal attendanceRate(long present, long expected) {
        return percentage(present, expected);
    }

    /**
     * The parts' percentages of {@code whole}, to one decimal, by the largest-remainder method: each share is first
     * cut down to a tenth of a per cent, then the tenths still missing from 100.0 go one each to the shares that were
     * cut the most (on equal cuts, the larger part, then the earlier one). What {@code whole} holds beyond the parts
     * counts as one more, unnamed part, so the named shares add up to 100.0 exactly when the parts make the whole.
     * Nulls when {@code whole} is 0.
     */
    static List<BigDecimal> shares(long whole, long... parts) {
        if (whole == 0) {
            return Collections.nCopies(parts.length, null);
        }
        long rest = whole - LongStream.of(parts).sum();
        if (rest < 0 || LongStream.of(parts).anyMatch(part -> part < 0)) {
            throw new IllegalArgumentException("parts must be non-negative and within the whole");
        }
        long[] all = LongStream.concat(LongStream.of(parts), LongStream.of(rest)).toArray();
        long[] tenths = new long[all.length];
        long given = 0;
        for (int i = 0; i < all.length; i++) {
            tenths[i] = all[i] * TENTHS_OF_A_WHOLE / whole;
            given += tenths[i];
        }
        List<Integer> mostCutFirst = IntStream.range(0, all.length).boxed()
                .sorted(Comparator.<Integer>comparingLong(i -> all[i] * TENTHS_OF_A_WHOLE % whole).reversed()
                        .thenComparing(Comparator.<Integer>comparingLong(i -> all[i]).reversed())
                        .thenComparing(i -> i))
                .toList();
        for (int i = 0; given < TENTHS_OF_A_WHOLE; i++, given++) {
            tenths[mostCutFirst.get(i)]++;
        }
        return LongStream.of(tenths).limit(parts.length).mapToObj(tenth -> BigDecimal.valueOf(tenth, 1)).toList();
    }

    static BigDecimal percentage(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
