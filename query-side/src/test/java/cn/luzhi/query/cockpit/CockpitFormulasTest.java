package cn.luzhi.query.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CockpitFormulasTest {

    @Test
    void shouldReproducePublishedFiguresToOneDecimal() {
        // "913 cases mediated, 712 settled" and "181 suggestions: 131 A, 49 B" as published.
        assertThat(CockpitFormulas.closureRate(712, 913)).isEqualByComparingTo("78.0");
        assertThat(CockpitFormulas.classShare(131, 181)).isEqualByComparingTo("72.4");
        assertThat(CockpitFormulas.classShare(49, 181)).isEqualByComparingTo("27.1");
        assertThat(CockpitFormulas.onTimeReplyRate(179, 181)).isEqualByComparingTo("98.9");
        assertThat(CockpitFormulas.successRate(712, 150)).isEqualByComparingTo("82.6");
        assertThat(CockpitFormulas.turnout(221, 230)).isEqualByComparingTo("96.1");
    }

    @Test
    void shouldRoundHalfUpWhereAPublishedFigureRoundedDown() {
        // 1 / 181 = 0.5525 %: the contract's rule gives 0.6, though the published table shows 0.5 so that its
        // three shares add up to 100.0.
        assertThat(CockpitFormulas.classShare(1, 181)).isEqualByComparingTo("0.6");
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
        assertThat(CockpitFormulas.classShare(0, 0)).isNull();
        assertThat(CockpitFormulas.onTimeReplyRate(0, 0)).isNull();
        assertThat(CockpitFormulas.turnout(0, 0)).isNull();
    }

    @Test
    void shouldLeaveWithdrawnMediationCasesOutOfTheSuccessRate() {
        assertThat(CockpitFormulas.successRate(0, 0)).isNull();
        assertThat(CockpitFormulas.successRate(2, 1)).isEqualByComparingTo("66.7");
        assertThat(CockpitFormulas.successRate(0, 4)).isEqualByComparingTo("0.0");
    }
}
