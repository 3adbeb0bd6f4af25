package cn.luzhi.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.petition.PetitionAccepted;
import cn.luzhi.events.petition.PetitionClosed;
import cn.luzhi.events.petition.PetitionDeadlineExtended;
import cn.luzhi.events.petition.PetitionFollowedUp;
import cn.luzhi.events.petition.HotlineTicket;
import cn.luzhi.events.petition.PetitionForwarded;
import cn.luzhi.events.petition.PetitionHotlineFeedbackRecorded;
import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.petition.PetitionMerged;
import cn.luzhi.events.petition.PetitionOverdue;
import cn.luzhi.events.petition.PetitionRated;
import cn.luzhi.events.petition.PetitionReopened;
import cn.luzhi.events.petition.PetitionReplied;
import cn.luzhi.events.petition.PetitionSource;
import cn.luzhi.events.petition.PetitionStatus;
import cn.luzhi.events.petition.PetitionSubmitted;
import cn.luzhi.events.petition.PetitionUrged;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.station.StationId;
import cn.luzhi.events.unit.HandlingUnitId;
import cn.luzhi.query.audit.CaseState.FieldChange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PetitionFoldTest {

    private static final PetitionId P = PetitionId.of("p-1");
    private static final HandlingUnitId WATER = HandlingUnitId.of("u-water");
    private static final HandlingUnitId ROADS = HandlingUnitId.of("u-roads");

    private final Replay replay = new Replay(new PetitionFold());

    @Test
    void shouldShowEveryFieldEmptyBeforeTheFirstEvent() {
        assertThat(replay.last().values()).hasSize(18).allSatisfy(value -> assertThat(value.value()).isNull());
        assertThat(replay.last().values().get(0).label()).isEqualTo("状态");
    }

    @Test
    void shouldFollowAPetitionThroughTwoRoundsStepByStep() {
        CaseState state = replay.then(new PetitionSubmitted(P, PetitionSource.STATION_VISIT, RegionId.of("150102001"),
                null, StationId.of("s-1"), PersonRef.of("pd-1"), "路灯不亮", "小区路灯坏了"));
        assertThat(state.text("status")).isEqualTo("待受理");
        assertThat(state.text("petitioner")).isEqualTo("pd-1");
        assertThat(state.text("round")).isEqualTo("1");
        assertThat(state.text("urgeCount")).isEqualTo("0");
        assertThat(state.text("deputyId")).isNull();

        replay.then(new PetitionAccepted(P, DeputyId.of("d-1"), "由本代表跟进"));
        assertThat(replay.lastChanges()).containsExactly(
                new FieldChange("status", "状态", "待受理", "已受理"),
                new FieldChange("deputyId", "联系代表", null, "d-1"));

        state = replay.then(new PetitionForwarded(P, List.of(WATER, ROADS), Instant.parse("2026-05-01T02:00:00Z"),
                null));
        assertThat(state.text("status")).isEqualTo("转办中");
        assertThat(state.text("unitIds")).isEqualTo("u-water、u-roads");
        assertThat(state.text("unitsAwaited")).isEqualTo("u-water、u-roads");
        assertThat(state.text("replyDueAt")).isEqualTo("2026-05-01 10:00:00");
        assertThat(state.text("extendedThisRound")).isEqualTo("否");

        state = replay.then(new PetitionReplied(P, WATER, "已修复", false));
        assertThat(state.text("status")).isEqualTo("转办中");
        assertThat(replay.lastChanges()).containsExactly(
                new FieldChange("unitsAwaited", "待答复单位", "u-water、u-roads", "u-roads"));

        replay.then(new PetitionUrged(P, PetitionStatus.FORWARDED, "请尽快答复"));
        assertThat(replay.lastChanges()).containsExactly(new FieldChange("urgeCount", "督办次数", "0", "1"));

        state = replay.then(new PetitionReplied(P, ROADS, "已处理", true));
        assertThat(state.text("status")).isEqualTo("已答复");
        assertThat(state.text("unitsAwaited")).isNull();

        state = replay.then(new PetitionRated(P, Satisfaction.UNSATISFIED, "没修好"));
        assertThat(state.text("status")).isEqualTo("已评价");
        assertThat(state.text("satisfaction")).isEqualTo("不满意");

        state = replay.then(new PetitionReopened(P, 1));
        assertThat(state.text("status")).isEqualTo("重新办理");
        assertThat(state.text("round")).isEqualTo("2");

        state = replay.then(new PetitionForwarded(P, List.of(WATER), Instant.parse("2026-07-01T02:00:00Z"), null));
        assertThat(state.text("unitIds")).isEqualTo("u-water");

        state = replay.then(new PetitionDeadlineExtended(P, Instant.parse("2026-07-01T02:00:00Z"),
                Instant.parse("2026-07-31T02:00:00Z"), "需要招标"));
        assertThat(state.text("replyDueAt")).isEqualTo("2026-07-31 10:00:00");
        assertThat(state.text("extendedThisRound")).isEqualTo("是");

        state = replay.then(new PetitionOverdue(P, Instant.parse("2026-07-31T02:00:00Z"), List.of(WATER)));
        assertThat(state.text("overdue")).isEqualTo("是");

        state = replay.then(new PetitionReplied(P, WATER, "已更换", true));
        assertThat(state.text("overdue")).isEqualTo("否");
        replay.then(new PetitionFollowedUp(P, "现场查看"));
        replay.then(new PetitionRated(P, Satisfaction.SATISFIED, null));
        state = replay.then(new PetitionClosed(P, Satisfaction.SATISFIED, "群众满意"));
        assertThat(state.text("status")).isEqualTo("已办结");
        assertThat(state.text("satisfaction")).isEqualTo("满意");
        assertThat(replay.lastChanges()).containsExactly(new FieldChange("status", "状态", "已评价", "已办结"));
    }

    @Test
    void shouldEndAMergedPetitionNamingTheOneItWasMergedInto() {
        replay.then(new PetitionSubmitted(P, PetitionSource.DEPUTY_QR_CODE, RegionId.of("150102"), DeputyId.of("d-1"),
                null, PersonRef.of("pd-2"), "重复", "同一问题"));
        CaseState state = replay.then(new PetitionMerged(P, PetitionId.of("p-0"), "重复诉求"));

        assertThat(state.text("status")).isEqualTo("已合并");
        assertThat(state.text("mergedIntoId")).isEqualTo("p-0");
    }

    @Test
    void shouldShowTheHotlineTicketNumberAndTheFeedbackGivenToTheHotline() {
        CaseState state = replay.then(new PetitionSubmitted(P, PetitionSource.HOTLINE_12345, RegionId.of("150102"),
                DeputyId.of("d-1"), null, PersonRef.of("pd-3"), "路灯", "不亮",
                new HotlineTicket("GD-7", LocalDate.of(2026, 3, 2), "多次投诉"), null));
        assertThat(state.text("hotlineTicketNumber")).isEqualTo("GD-7");
        assertThat(state.text("hotlineFeedback")).isNull();

        replay.then(new PetitionAccepted(P, DeputyId.of("d-1"), null));
        replay.then(new PetitionForwarded(P, List.of(WATER), Instant.parse("2026-05-01T02:00:00Z"), null));
        replay.then(new PetitionReplied(P, WATER, "已修", true));
        state = replay.then(new PetitionHotlineFeedbackRecorded(P, "GD-7", "路灯已修复", LocalDate.of(2026, 3, 20)));

        assertThat(state.text("status")).isEqualTo("已答复");
        assertThat(replay.lastChanges()).containsExactly(
                new FieldChange("hotlineFeedback", "反馈12345结果", null, "2026-03-20 路灯已修复"));
    }
}
