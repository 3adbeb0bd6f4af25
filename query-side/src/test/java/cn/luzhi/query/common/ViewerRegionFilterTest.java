package cn.luzhi.query.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luzhi.events.common.ActorRole;
import org.junit.jupiter.api.Test;

/** Which region a regional list or the cockpit shows each reader (docs/roles.md). */
class ViewerRegionFilterTest {

    private static final Viewer TOWN_LEADER = new Viewer("l", ActorRole.LEADER, null, null, "150102001");
    private static final Viewer CLERK = new Viewer("c", ActorRole.CLERK, null, null, null);

    @Test
    void shouldShowARegionalLeaderTheirOwnRegionByDefault() {
        assertThat(TOWN_LEADER.regionFilter(null)).isEqualTo("150102001");
        assertThat(TOWN_LEADER.regionFilter("")).isEqualTo("150102001");
    }

    @Test
    void shouldLetARegionalLeaderDrillDownBelowTheirRegion() {
        assertThat(TOWN_LEADER.regionFilter("150102001002")).isEqualTo("150102001002");
    }

    @Test
    void shouldAnswerARegionOutsideTheLeadersRegionLikeAnUnknownOne() {
        assertThatThrownBy(() -> TOWN_LEADER.regionFilter("150102")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> TOWN_LEADER.regionFilter("150102002")).isInstanceOf(NotFound.class);
    }

    @Test
    void shouldShowAnUnlinkedSupervisorNothing() {
        Viewer unlinked = new Viewer("s", ActorRole.SUPERVISOR, null, null, null);
        assertThatThrownBy(() -> unlinked.regionFilter(null)).isInstanceOf(NotFound.class);
    }

    @Test
    void shouldLeaveADistrictWideReadersChoiceAlone() {
        assertThat(CLERK.regionFilter(null)).isNull();
        assertThat(CLERK.regionFilter("150102002")).isEqualTo("150102002");
    }
}
