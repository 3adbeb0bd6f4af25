package cn.luzhi.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.suggestion.BillHandledAsSuggestion;
import cn.luzhi.events.suggestion.HandlingResult;
import cn.luzhi.events.suggestion.SessionPeriod;
import cn.luzhi.events.suggestion.SuggestionAccepted;
import cn.luzhi.events.suggestion.SuggestionAssigned;
import cn.luzhi.events.suggestion.SuggestionClosed;
import cn.luzhi.events.suggestion.SuggestionCoSigned;
import cn.luzhi.events.suggestion.SuggestionDiscussedWithDeputy;
import cn.luzhi.events.suggestion.SuggestionDrafted;
import cn.luzhi.events.suggestion.FollowUpOutcome;
import cn.luzhi.events.suggestion.SuggestionFollowedUp;
import cn.luzhi.events.suggestion.SuggestionId;
import cn.luzhi.events.suggestion.SuggestionKind;
import cn.luzhi.events.suggestion.SuggestionOverdue;
import cn.luzhi.events.suggestion.SuggestionPickedForKeySupervision;
import cn.luzhi.events.suggestion.SuggestionRated;
import cn.luzhi.events.suggestion.SuggestionReopened;
import cn.luzhi.events.suggestion.SuggestionReplied;
import cn.luzhi.events.suggestion.SuggestionStatus;
import cn.luzhi.events.suggestion.SuggestionSubmitted;
import cn.luzhi.events.suggestion.SuggestionUpgradedToSolved;
import cn.luzhi.events.suggestion.SuggestionUrged;
import cn.luzhi.events.unit.HandlingUnitId;
import cn.luzhi.query.audit.CaseState.FieldChange;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionFoldTest {

    private static final SuggestionId G = SuggestionId.of("g-1");
    private static final HandlingUnitId WATER = HandlingUnitId.of("u-water");
    private static final Instant DUE = Instant.parse("2026-04-10T02:00:00Z");
    private static final Instant LATEST = Instant.parse("2026-07-10T02:00:00Z");

    private final Replay replay = new Replay(new SuggestionFold());

    @Test
    void shouldFollowABillHandledAsASuggestionThroughReHandlingAndFollowUp() {
        CaseState state = replay.then(new SuggestionDrafted(G, SuggestionKind.BILL, DeputyId.of("d-1"),
                RegionId.of("150102"), "加装电梯", "建议简化审批", null));
        assertThat(state.text("status")).isEqualTo("草拟中");
        assertThat(state.text("kind")).isEqualTo("议案");

        state = replay.then(new SuggestionCoSigned(G, DeputyId.of("d-2")));
        assertThat(state.text("coSignerIds")).isEqualTo("d-2");
        state = replay.then(new SuggestionSubmitted(G, SessionPeriod.DURING_SESSION, 2));
        assertThat(state.text("status")).isEqualTo("待审查");
        assertThat(state.text("sessionPeriod")).isEqualTo("大会期间");

        replay.then(new BillHandledAsSuggestion(G, "不具备议案条件"));
        assertThat(replay.lastChanges()).containsExactly(
                new FieldChange("status", "状态", "待审查", "已立案"),
                new FieldChange("kind", "类别", "议案", "建议"));

        state = replay.then(new SuggestionAssigned(G, WATER, List.of(HandlingUnitId.of("u-roads")), DUE, LATEST,
                null));
        assertThat(state.text("status")).isEqualTo("办理中");
        assertThat(state.text("leadUnitId")).isEqualTo("u-water");
        assertThat(state.text("coUnitIds")).isEqualTo("u-roads");
        assertThat(state.text("round")).isEqualTo("1");

        replay.then(new SuggestionPickedForKeySupervision(G, "王书记", "区委书记", null));
        replay.then(new SuggestionDiscussedWithDeputy(G, WATER, "当面沟通"));
        replay.then(new SuggestionUrged(G, SuggestionStatus.ASSIGNED, "抓紧办理"));
        state = replay.then(new SuggestionOverdue(G, DUE, WATER));
        assertThat(state.text("supervisingLeaders")).isEqualTo("王书记");
        assertThat(state.text("meetingCount")).isEqualTo("1");
        assertThat(state.text("urgeCount")).isEqualTo("1");
        assertThat(state.text("overdue")).isEqualTo("是");

        state = replay.then(new SuggestionReplied(G, WATER, HandlingResult.KEPT_FOR_REFERENCE, "暂不具备条件", 1,
                false));
        assertThat(state.text("status")).isEqualTo("已答复");
        assertThat(state.text("result")).isEqualTo("C类（暂不具备条件、留作参考）");
        assertThat(state.text("onTime")).isEqualTo("否");
        assertThat(state.text("overdue")).isEqualTo("否");

        replay.then(new SuggestionRated(G, Satisfaction.UNSATISFIED, 1, "答复敷衍"));
        state = replay.then(new SuggestionReopened(G, 2, Instant.parse("2026-06-10T02:00:00Z"), LATEST));
        assertThat(state.text("status")).isEqualTo("重新办理");
        assertThat(state.text("round")).isEqualTo("2");
        assertThat(state.text("replyDueAt")).isEqualTo("2026-06-10 10:00:00");

        replay.then(new SuggestionReplied(G, WATER, HandlingResult.BEING_SOLVED_OR_PLANNED, "列入计划", 2, true));
        replay.then(new SuggestionRated(G, Satisfaction.BASICALLY_SATISFIED, 2, null));
        state = replay.then(new SuggestionClosed(G, HandlingResult.BEING_SOLVED_OR_PLANNED,
                Satisfaction.BASICALLY_SATISFIED, null));
        assertThat(state.text("status")).isEqualTo("已办结");
        assertThat(state.text("result")).isEqualTo("B类（正在解决或列入计划）");

        replay.then(new SuggestionFollowedUp(G, 2027, "已通车", FollowUpOutcome.SOLVED));
        state = replay.then(new SuggestionUpgradedToSolved(G, 2027));
        assertThat(state.text("followUpYears")).isEqualTo("2027");
        // The replied class stays B; the solve is recorded for its year.
        assertThat(replay.lastChanges()).containsExactly(new FieldChange("solvedYear", "回头看解决年度", null,
                "2027"));
    }

    @Test
    void shouldMarkAnAcceptedSuggestionWithoutChangingItsKind() {
        replay.then(new SuggestionDrafted(G, SuggestionKind.SUGGESTION, DeputyId.of("d-1"), RegionId.of("150102"),
                "t", "c", "检建〔2026〕1号"));
        replay.then(new SuggestionSubmitted(G, SessionPeriod.RECESS, 1));
        CaseState state = replay.then(new SuggestionAccepted(G, "符合立案条件"));

        assertThat(state.text("status")).isEqualTo("已立案");
        assertThat(state.text("procuratorateReference")).isEqualTo("检建〔2026〕1号");
        assertThat(replay.lastChanges()).extracting(FieldChange::field).containsExactly("status");
    }
}
