package cn.luzhi.events.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.common.Refusal;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.region.RegionId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BallotLifecycleTest {

    private static final BallotId B = BallotId.of("b-1");
    private static final DeputyId D1 = DeputyId.of("d-1");
    private static final DeputyId D2 = DeputyId.of("d-2");
    private static final Instant CLOSES = Instant.parse("2026-03-01T02:00:00Z");
    private static final Instant BEFORE = CLOSES.minusSeconds(3600);

    @Test
    void shouldCountPapersAndVotesWithoutKnowingWhoVotedForWhat() {
        BallotState state = BallotLifecycle.replay(opened(new DeputyCheckedIn(B, D1),
                new VoteCast(B, "h-1", List.of("c-2"))));

        assertThat(state.status()).isEqualTo(BallotStatus.OPEN);
        assertThat(state.shortlist()).containsExactly("c-2", "c-1");
        assertThat(state.checkedIn()).containsExactly("d-1");
        assertThat(state.votesFor("c-2")).isEqualTo(1);
        assertThat(state.votesFor("c-1")).isZero();
        assertThat(state.votesCast()).isEqualTo(1);
    }

    @Test
    void shouldRefuseWithTheWordsClerksKnow() {
        BallotState collecting = BallotLifecycle.replay(List.of(created(), collected("c-1")));
        assertThat(BallotLifecycle.checkCollect(collecting, "c-1"))
                .contains(Refusal.becauseOf("candidateId", "候选项目编号「c-1」已被使用"));
        assertThat(BallotLifecycle.checkShortlist(collecting, List.of("c-9")))
                .contains(Refusal.becauseOf("candidateIds", "候选项目「c-9」未经征集，不能列入初定名单"));
        assertThat(BallotLifecycle.check(collecting, BallotAction.OPEN))
                .contains(Refusal.because("票决当前状态为「征集中」，不能开始投票"));

        BallotState open = BallotLifecycle.replay(opened(new DeputyCheckedIn(B, D1)));
        assertThat(BallotLifecycle.checkCheckIn(open, DeputyId.of("d-9"), BEFORE))
                .contains(Refusal.becauseOf("deputyId", "代表「d-9」不在本次票决的表决代表名单中，不能签到"));
        assertThat(BallotLifecycle.checkCheckIn(open, D1, BEFORE))
                .contains(Refusal.because("代表「d-1」已签到并领取过选票，不能重复签到"));
        assertThat(BallotLifecycle.checkCheckIn(open, D2, CLOSES))
                .contains(Refusal.because("投票时间已截止，不能签到"));
        assertThat(BallotLifecycle.checkPaper(open, "h-1", List.of("c-1", "c-2")))
                .contains(Refusal.becauseOf("choices", "每张选票最多选择1个候选项目，这张选了2个"));
        assertThat(BallotLifecycle.checkPaper(open, "h-1", List.of("c-3")))
                .contains(Refusal.becauseOf("choices", "候选项目「c-3」不存在"));

        BallotState voted = BallotLifecycle.evolve(open, new VoteCast(B, "h-1", List.of()));
        assertThat(BallotLifecycle.checkPaper(voted, "h-1", List.of()))
                .contains(Refusal.because("这张选票已经投出，不能重复投票"));
        assertThat(BallotLifecycle.checkPaper(voted, "h-2", List.of()))
                .contains(Refusal.because("已投票数已达签到人数（1人），不能再投票"));
    }

    @Test
    void shouldCloseOnceAtItsClosingTime() {
        BallotState open = BallotLifecycle.replay(opened());
        assertThat(BallotLifecycle.isClosingAt(open, CLOSES)).isTrue();

        BallotState closed = BallotLifecycle.evolve(open, new BallotClosed(B, 2, 0, 0));
        assertThat(BallotLifecycle.isClosingAt(closed, CLOSES)).isFalse();
        assertThat(BallotLifecycle.check(closed, BallotAction.PUBLISH)).isEmpty();
        assertThat(BallotLifecycle.check(BallotLifecycle.evolve(closed, new TallyPublished(B, List.of(), 0, 2, 0)),
                BallotAction.PUBLISH)).contains(Refusal.because("票决当前状态为「结果已公布」，不能公布结果"));
    }

    @Test
    void shouldMapEveryActingCommandToItsAction() {
        for (BallotAction action : BallotAction.values()) {
            assertThat(BallotAction.of(action.command())).contains(action);
        }
        assertThat(BallotAction.of(CreateBallot.class)).isEmpty();
    }

    private static BallotCreated created() {
        return new BallotCreated(B, RegionId.of("150102"), 2026, BallotLevel.CONGRESS, "2026年民生实事项目票决");
    }

    private static CandidateCollected collected(String id) {
        return new CandidateCollected(B, id, "项目" + id, "说明", ProposerKind.CITIZEN, new BigDecimal("100.00"));
    }

    /** A ballot open for d-1 and d-2 on c-2 and c-1, one choice each, then {@code more}. */
    private static List<Object> opened(Object... more) {
        List<Object> history = new ArrayList<>(List.of(created(), collected("c-1"), collected("c-2"),
                new CandidatesShortlisted(B, List.of("c-2", "c-1"), null),
                new BallotOpened(B, List.of("c-2", "c-1"), 1, List.of(D1, D2), CLOSES)));
        history.addAll(List.of(more));
        return history;
    }
}
