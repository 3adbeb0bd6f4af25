package cn.luzhi.events.legislation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.common.Refusal;
import cn.luzhi.events.station.StationId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegislativeDraftLifecycleTest {

    private static final LegislativeDraftId L = LegislativeDraftId.of("l-1");
    private static final StationId POINT = StationId.of("s-point");
    private static final StationId OTHER = StationId.of("s-other");
    private static final Instant CLOSES = Instant.parse("2026-03-31T16:00:00Z");

    @Test
    void shouldCountOpinionsThroughMergeForwardAndAdoption() {
        LegislativeDraftState state = LegislativeDraftLifecycle.replay(List.of(opened(), collected(1), collected(2),
                collected(3), new OpinionsMerged(L, List.of(3), 1), new CommentPeriodClosed(L, true),
                new OpinionsForwarded(L, List.of(1, 2), LocalDate.of(2026, 4, 2), null),
                new LegislativeFeedbackRecorded(L, List.of(2), "采纳第2条")));

        assertThat(state.status()).isEqualTo(LegislativeDraftStatus.FEEDBACK_RECORDED);
        assertThat(state.opinions()).extracting(LegislativeDraftState.Opinion::mergedInto).containsExactly(0, 0, 1);
        assertThat(state.opinions()).extracting(LegislativeDraftState.Opinion::forwarded)
                .containsExactly(true, true, false);
        assertThat(state.opinions()).extracting(LegislativeDraftState.Opinion::adopted)
                .containsExactly(false, true, false);
        assertThat(LegislativeDraftLifecycle.active(state)).hasSize(2);
    }

    @Test
    void shouldTakeOpinionsOnlyAtItsLiaisonPointsWhileOpen() {
        LegislativeDraftState open = LegislativeDraftLifecycle.replay(List.of(opened()));

        assertThat(LegislativeDraftLifecycle.checkCollection(open, POINT, CLOSES.minusSeconds(1))).isEmpty();
        assertThat(LegislativeDraftLifecycle.checkCollection(open, OTHER, CLOSES.minusSeconds(1)))
                .contains(Refusal.becauseOf("stationId", "站点「s-other」不是本草案的征求意见联系点"));
        assertThat(LegislativeDraftLifecycle.checkCollection(open, POINT, CLOSES))
                .contains(Refusal.because("征求意见已过截止时间，不再收集意见"));

        LegislativeDraftState closed = LegislativeDraftLifecycle.evolve(open, new CommentPeriodClosed(L, false));
        assertThat(LegislativeDraftLifecycle.checkCollection(closed, POINT, CLOSES.minusSeconds(1)))
                .contains(Refusal.because("该草案征求意见当前状态为「征求意见已截止」，不能收集意见"));
    }

    @Test
    void shouldRefuseMergingWhatCannotBeMerged() {
        LegislativeDraftState state = LegislativeDraftLifecycle.replay(List.of(opened(), collected(1)));
        assertThat(LegislativeDraftLifecycle.check(state, LegislativeDraftAction.MERGE_OPINIONS))
                .contains(Refusal.because("有效意见不足两条，无需合并"));

        state = LegislativeDraftLifecycle.replay(List.of(opened(), collected(1), collected(2), collected(3),
                new OpinionsMerged(L, List.of(3), 1)));
        assertThat(LegislativeDraftLifecycle.checkMerge(state, List.of(2), 2))
                .contains(Refusal.becauseOf("duplicateNumbers", "第2条意见不能并入其自身"));
        assertThat(LegislativeDraftLifecycle.checkMerge(state, List.of(3), 2))
                .contains(Refusal.becauseOf("duplicateNumbers", "第3条意见已并入第1条"));
        assertThat(LegislativeDraftLifecycle.checkMerge(state, List.of(2), 3))
                .contains(Refusal.becauseOf("intoNumber", "第3条意见已并入第1条"));
        assertThat(LegislativeDraftLifecycle.checkMerge(state, List.of(9), 1))
                .contains(Refusal.becauseOf("duplicateNumbers", "没有第9条意见"));
        assertThat(LegislativeDraftLifecycle.checkMerge(state, List.of(2), 1)).isEmpty();
    }

    @Test
    void shouldForwardOnceAfterClosingAndAdoptOnlyForwardedOpinions() {
        LegislativeDraftState open = LegislativeDraftLifecycle.replay(List.of(opened(), collected(1), collected(2),
                new OpinionsMerged(L, List.of(2), 1)));
        assertThat(LegislativeDraftLifecycle.checkForward(open, List.of(1)))
                .contains(Refusal.because("该草案征求意见当前状态为「征求意见中」，不能报送意见"));

        LegislativeDraftState closed = LegislativeDraftLifecycle.evolve(open, new CommentPeriodClosed(L, false));
        assertThat(LegislativeDraftLifecycle.checkForward(closed, List.of(2)))
                .contains(Refusal.becauseOf("opinionNumbers", "第2条意见已并入第1条"));
        assertThat(LegislativeDraftLifecycle.checkForward(closed, List.of(1))).isEmpty();

        LegislativeDraftState forwarded = LegislativeDraftLifecycle.evolve(closed,
                new OpinionsForwarded(L, List.of(1), LocalDate.of(2026, 4, 2), null));
        assertThat(LegislativeDraftLifecycle.check(forwarded, LegislativeDraftAction.FORWARD_OPINIONS))
                .contains(Refusal.because("该草案征求意见当前状态为「意见已报送」，不能报送意见"));
        assertThat(LegislativeDraftLifecycle.checkFeedback(forwarded, List.of(2)))
                .contains(Refusal.becauseOf("adoptedNumbers", "第2条意见未报送，不能登记为采纳"));
        assertThat(LegislativeDraftLifecycle.checkFeedback(forwarded, List.of())).isEmpty();
    }

    @Test
    void shouldCloseAtTheClosingDateOnlyWhenStillOpen() {
        LegislativeDraftState open = LegislativeDraftLifecycle.replay(List.of(opened()));
        assertThat(LegislativeDraftLifecycle.closesAt(open, CLOSES)).isTrue();
        assertThat(LegislativeDraftLifecycle.closesAt(
                LegislativeDraftLifecycle.evolve(open, new CommentPeriodClosed(L, false)), CLOSES)).isFalse();
    }

    @Test
    void shouldNameTheStatusesEachActionWaitsFor() {
        assertThat(LegislativeDraftLifecycle.statusesAllowing(LegislativeDraftAction.FORWARD_OPINIONS))
                .containsExactly(LegislativeDraftStatus.CLOSED);
        assertThat(LegislativeDraftLifecycle.statusesAllowing(LegislativeDraftAction.MERGE_OPINIONS))
                .containsExactly(LegislativeDraftStatus.OPEN, LegislativeDraftStatus.CLOSED);
    }

    private static DraftOpenedForComment opened() {
        return new DraftOpenedForComment(L, "某市文明行为促进条例（草案）", "某市人大常委会法制工作委员会", "第一条……", null,
                LocalDate.of(2026, 3, 31), CLOSES, List.of(POINT));
    }

    private static OpinionCollected collected(int number) {
        return new OpinionCollected(L, number, OpinionSource.CLERK, POINT, null, null, null, "意见" + number);
    }
}
