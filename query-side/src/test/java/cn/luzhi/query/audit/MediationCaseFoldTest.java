package cn.luzhi.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.mediation.DisputeType;
import cn.luzhi.events.mediation.MediationCaseFailed;
import cn.luzhi.events.mediation.MediationCaseFollowedUp;
import cn.luzhi.events.mediation.MediationCaseId;
import cn.luzhi.events.mediation.MediationCaseReferred;
import cn.luzhi.events.mediation.MediationCaseSettled;
import cn.luzhi.events.mediation.MediationOverdue;
import cn.luzhi.events.mediation.MediationPeriodExtended;
import cn.luzhi.events.mediation.MediationSessionHeld;
import cn.luzhi.events.mediation.MediatorReleased;
import cn.luzhi.events.mediation.MediatorsAssigned;
import cn.luzhi.events.mediation.SettlementJudiciallyConfirmed;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.unit.HandlingUnitId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MediationCaseFoldTest {

    private static final MediationCaseId M = MediationCaseId.of("m-1");
    private static final DeputyId D1 = DeputyId.of("d-1");
    private static final DeputyId D2 = DeputyId.of("d-2");
    private static final Instant DUE = Instant.parse("2026-03-01T02:00:00Z");

    private final Replay replay = new Replay(new MediationCaseFold());

    private CaseState referred() {
        return replay.then(new MediationCaseReferred(M, HandlingUnitId.of("c-court"), DisputeType.NEIGHBOURS,
                RegionId.of("150102001"), List.of(PersonRef.of("pd-1"), PersonRef.of("pd-2")),
                new BigDecimal("8000.00"), "邻里漏水", DUE));
    }

    @Test
    void shouldFollowAMediationToASettlementThatACourtConfirmed() {
        CaseState state = referred();
        assertThat(state.text("status")).isEqualTo("待指派调解员");
        assertThat(state.text("parties")).isEqualTo("pd-1、pd-2");
        assertThat(state.text("amountInDispute")).isEqualTo("8000.00");
        assertThat(state.text("disputeType")).isEqualTo("相邻关系");

        state = replay.then(new MediatorsAssigned(M, List.of(D1, D2), null));
        assertThat(state.text("status")).isEqualTo("调解中");
        assertThat(state.text("mediatorIds")).isEqualTo("d-1、d-2");
        state = replay.then(new MediatorReleased(M, D2, "回避"));
        assertThat(state.text("mediatorIds")).isEqualTo("d-1");

        state = replay.then(new MediationSessionHeld(M, 1, D1, DUE, "代表之家", "双方陈述"));
        assertThat(state.text("sessionCount")).isEqualTo("1");
        state = replay.then(new MediationOverdue(M, DUE, List.of(D1)));
        assertThat(state.text("overdue")).isEqualTo("是");
        state = replay.then(new MediationPeriodExtended(M, DUE, Instant.parse("2026-03-16T02:00:00Z"), "双方同意"));
        assertThat(state.text("extensionCount")).isEqualTo("1");
        assertThat(state.text("mediationDueAt")).isEqualTo("2026-03-16 10:00:00");
        assertThat(state.text("overdue")).isEqualTo("否");

        state = replay.then(new MediationCaseSettled(M, "赔偿五千元", new BigDecimal("5000.00")));
        assertThat(state.text("status")).isEqualTo("调解成功");
        assertThat(state.text("settledAmount")).isEqualTo("5000.00");
        state = replay.then(new SettlementJudiciallyConfirmed(M, "（2026）示民特1号"));
        assertThat(state.text("rulingNumber")).isEqualTo("（2026）示民特1号");
        state = replay.then(new MediationCaseFollowedUp(M, "已履行", Satisfaction.SATISFIED));
        assertThat(state.text("followedUp")).isEqualTo("是");
        assertThat(state.text("followUpSatisfaction")).isEqualTo("满意");
    }

    @Test
    void shouldEndAFailedMediation() {
        referred();
        CaseState state = replay.then(new MediationCaseFailed(M, "一方拒绝"));

        assertThat(state.text("status")).isEqualTo("调解不成");
        assertThat(replay.lastChanges()).hasSize(1);
    }
}
