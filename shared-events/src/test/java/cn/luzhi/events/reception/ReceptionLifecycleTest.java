package cn.luzhi.events.reception;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.common.Refusal;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.station.StationId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceptionLifecycleTest {

    private static final ReceptionId R = ReceptionId.of("r-1");
    private static final DeputyId D1 = DeputyId.of("d-1");
    private static final ReceptionRecorded RECORDED = new ReceptionRecorded(R, StationId.of("s-1"),
            Instant.parse("2026-03-01T02:00:00Z"), List.of(D1), 12,
            List.of(new ReceptionIssue("路灯不亮", "已联系社区维修"), new ReceptionIssue("停车难", null),
                    new ReceptionIssue("噪音扰民", "")));

    @Test
    void shouldStayOpenWhileAnIssueIsNeitherAnsweredNorTurnedIntoAPetition() {
        ReceptionState recorded = ReceptionLifecycle.evolve(ReceptionState.NONE, RECORDED);
        assertThat(recorded.status()).isEqualTo(ReceptionStatus.OPEN);
        assertThat(recorded.openIssues()).isEqualTo(2);

        ReceptionState settled = ReceptionLifecycle.replay(List.of(RECORDED,
                new ReceptionIssueAnswered(R, 2, "已协调车位"),
                new ReceptionIssueTurnedIntoPetition(R, 3, PetitionId.of("p-1"), D1)));
        assertThat(settled.status()).isEqualTo(ReceptionStatus.SETTLED);
        assertThat(settled.issues().get(2).petitionId()).isEqualTo(PetitionId.of("p-1"));
        assertThat(ReceptionLifecycle.check(settled, ReceptionAction.ANSWER_ISSUE))
                .contains(Refusal.because("接待记录当前状态为「已办结」，不能答复问题"));
    }

    @Test
    void shouldRefuseAnIssueThatIsMissingOrAlreadyDealtWith() {
        ReceptionState state = ReceptionLifecycle.replay(List.of(RECORDED,
                new ReceptionIssueTurnedIntoPetition(R, 2, PetitionId.of("p-1"), D1)));

        assertThat(ReceptionLifecycle.checkIssue(state, ReceptionAction.ANSWER_ISSUE, 1))
                .contains(Refusal.becauseOf("issueNumber", "第1个问题已答复"));
        assertThat(ReceptionLifecycle.checkIssue(state, ReceptionAction.ANSWER_ISSUE, 2))
                .contains(Refusal.becauseOf("issueNumber", "第2个问题已转为诉求"));
        assertThat(ReceptionLifecycle.checkIssue(state, ReceptionAction.ANSWER_ISSUE, 4))
                .contains(Refusal.becauseOf("issueNumber", "本次接待没有第4个问题"));
        assertThat(ReceptionLifecycle.checkIssue(state, ReceptionAction.ANSWER_ISSUE, 3)).isEmpty();
        assertThat(ReceptionLifecycle.checkPetition(state, 3, DeputyId.of("d-9")))
                .contains(Refusal.becauseOf("deputyId", "代表「d-9」未参加本次接待"));
        assertThat(ReceptionLifecycle.checkPetition(state, 3, D1)).isEmpty();
    }

    @Test
    void shouldRefuseEverythingBeforeTheReceptionWasRecorded() {
        assertThat(ReceptionLifecycle.check(ReceptionState.NONE, ReceptionAction.TURN_INTO_PETITION))
                .contains(Refusal.because("接待记录当前状态为「未登记」，不能转为诉求"));
    }
}
