package cn.luzhi.query.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CockpitFormulasTest {

    @Test
    void shouldReproducePublishedFiguresToOneDecimal() {
        // "913 cases mediated, 712 settled" and "181 suggestions: 131 A, 49 B" as published.
        assertThat(CockpitFormulas.closureRate(712, 913)).isEqualByComparingTo("78.0");
        assertThat(CockpitFormulas.classShares(131, 49, 1, 181)).containsExactly(
                new BigDecimal("72.4"), new BigDecimal("27.1"), new BigDecimal("0.5"));
        assertThat(CockpitFormulas.onTimeReplyRate(179, 181)).isEqualByComparingTo("98.9");
        assertThat(CockpitFormulas.successRate(712, 150)).isEqualByComparingTo("82.6");
        assertThat(CockpitFormulas.turnout(221, 230)).isEqualByComparingTo("96.1");
    }

    @Test
    void shouldRoundSingleRatesHalfUp() {
        assertThat(CockpitFormulas.satisfactionRate(1, 8)).isEqualByComparingTo("12.5");
        assertThat(CockpitFormulas.closureRate(1, 3)).isEqualByComparingTo("33.3");
        assertThat(CockpitFormulas.closureRate(2, 3)).isEqualByComparingTo("66.7");
    }

    @Test
    void shouldKeepOneDecimalEvenForWholePercentages() {
        assertThat(CockpitFormulas.closureRate(5, 5).toPlainString()).isEqualTo("100.0");
        assertThat(CockpitFormulas.closureRate(0, 5).toPlainString()).isEqualTo("0.0");
    }

    @Test
    void shouldHaveNoRateWithoutADenominator() {
        assertThat(CockpitFormulas.closureRate(0, 0)).isNull();
        assertThat(CockpitFormulas.satisfactionRate(0, 0)).isNull();
        assertThat(CockpitFormulas.classShares(0, 0, 0, 0)).containsExactly(null, null, null);
        assertThat(CockpitFormulas.onTimeReplyRate(0, 0)).isNull();
        assertThat(CockpitFormulas.turnout(0, 0)).isNull();
    }

    @Test
    void shouldLeaveWithdrawnMediationCasesOutOfTheSuccessRate() {
        assertThat(CockpitFormulas.successRate(0, 0)).isNull();
        assertThat(CockpitFormulas.successRate(2, 1)).isEqualByComparingTo("66.7");
        assertThat(CockpitFormulas.successRate(0, 4)).isEqualByComparingTo("0.0");
    }

    @Test
    void shouldGiveTheMissingTenthsToTheSharesCutTheMost() {
        // 1/3 each: 33.3 + 33.3 + 33.3 = 99.9; the last tenth goes to the first of the equal cuts.
        assertThat(CockpitFormulas.classShares(1, 1, 1, 3)).containsExactly(
                new BigDecimal("33.4"), new BigDecimal("33.3"), new BigDecimal("33.3"));
        // 2/3 and 1/3: 66.6 is cut by 0.0667, 33.3 by 0.0333.
        assertThat(CockpitFormulas.classShares(2, 1, 0, 3)).containsExactly(
                new BigDecimal("66.7"), new BigDecimal("33.3"), new BigDecimal("0.0"));
        assertThat(CockpitFormulas.classShares(5, 0, 0, 5).get(0).toPlainString()).isEqualTo("100.0");
    }

    @Test
    void shouldAddSharesOfOneWholeUpTo100ExactlyAndMoveEachByLessThanATenth() {
        Random random = new Random(20261207);
        for (int run = 0; run < 10_000; run++) {
            long a = random.nextInt(500);
            long b = random.nextInt(500);
            long c = random.nextInt(50);
            long replied = a + b + c;
            if (replied == 0) {
                continue;
            }
            List<BigDecimal> shares = CockpitFormulas.classShares(a, b, c, replied);
            assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as("%d/%d/%d of %d", a, b, c, replied).isEqualByComparingTo("100.0");
            long[] parts = {a, b, c};
            for (int i = 0; i < 3; i++) {
                BigDecimal exact = BigDecimal.valueOf(parts[i] * 100).divide(BigDecimal.valueOf(replied), 10,
                        RoundingMode.HALF_UP);
                assertThat(shares.get(i).subtract(exact).abs()).isLessThan(new BigDecimal("0.1"));
            }
        }
    }

    @Test
    void shouldLeaveWhatTheNamedPartsDoNotCoverUnnamed() {
        // Two of ten replied suggestions carry no class: the three shares add up to 80.0.
        assertThat(CockpitFormulas.classShares(4, 3, 1, 10)).containsExactly(
                new BigDecimal("40.0"), new BigDecimal("30.0"), new BigDecimal("10.0"));
    }
}
