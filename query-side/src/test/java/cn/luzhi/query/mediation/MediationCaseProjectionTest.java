package cn.luzhi.query.mediation;

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
import cn.luzhi.events.mediation.MediationCaseStatus;
import cn.luzhi.events.mediation.MediationOverdue;
import cn.luzhi.events.mediation.MediationPeriodExtended;
import cn.luzhi.events.mediation.MediationSessionHeld;
import cn.luzhi.events.mediation.MediatorReleased;
import cn.luzhi.events.mediation.MediatorsAssigned;
import cn.luzhi.events.mediation.SettlementJudiciallyConfirmed;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.unit.HandlingUnitId;
import cn.luzhi.query.support.Events;
import cn.luzhi.query.support.ProjectionHarness;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MediationCaseProjectionTest {

    private static final MediationCaseId CASE = MediationCaseId.of("m-1");
    private static final Instant REFERRED = Instant.parse("2026-02-01T02:00:00Z");
    private static final Instant DUE = Instant.parse("2026-03-03T02:00:00Z");
    private static final DeputyId D1 = DeputyId.of("d-1");
    private static final DeputyId D2 = DeputyId.of("d-2");

    private ProjectionHarness harness;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness(MediationCaseProjection::new);
    }

    @Test
    void shouldKeepOnlyThePartiesReferences() {
        refer();

        MediationCaseRow row = harness.read(MediationCaseRow.class, "m-1");
        assertThat(row.status).isEqualTo(MediationCaseStatus.REFERRED);
        assertThat(row.courtId).isEqualTo("c-court");
        assertThat(row.disputeType).isEqualTo(DisputeType.NEIGHBOURS);
        assertThat(row.partyRefs).containsExactly("party-a", "party-b");
        assertThat(row.amountInDispute).isEqualByComparingTo("3000.00");
        assertThat(row.referredAt).isEqualTo(REFERRED);
        assertThat(row.mediationDueAt).isEqualTo(DUE);
    }

    @Test
    void shouldFollowCaseFromReferralToSettlementAndFollowUp() {
        refer();
        harness.apply(REFERRED, new MediatorsAssigned(CASE, List.of(D1, D2), null));
        harness.apply(REFERRED, new MediatorReleased(CASE, D2, "回避"));
        harness.apply(REFERRED, new MediationSessionHeld(CASE, 1, D1, REFERRED, "代表之家", "第一次调解"));
        Instant settled = REFERRED.plusSeconds(86_400 * 10L);
        harness.apply(settled, new MediationCaseSettled(CASE, "赔偿损失", new BigDecimal("2500.00")));
        harness.apply(settled, new SettlementJudiciallyConfirmed(CASE, "（2026）示民特1号"));
        harness.apply(settled.plusSeconds(86_400 * 30L), new MediationCaseFollowedUp(CASE, "已履行",
                Satisfaction.SATISFIED));

        MediationCaseRow row = harness.read(MediationCaseRow.class, "m-1");
        assertThat(row.status).isEqualTo(MediationCaseStatus.SETTLED);
        assertThat(row.mediatorIds).containsExactly("d-1");
        assertThat(row.sessionsHeld).isEqualTo(1);
        assertThat(row.settledAmount).isEqualByComparingTo("2500.00");
        assertThat(row.endedAt).isEqualTo(settled);
        assertThat(row.judiciallyConfirmed).isTrue();
        assertThat(row.rulingNumber).isEqualTo("（2026）示民特1号");
        assertThat(row.followUpSatisfaction).isEqualTo(Satisfaction.SATISFIED);
    }

    @Test
    void shouldFlagOverdueCaseUntilItEnds() {
        refer();
        harness.apply(DUE, new MediationOverdue(CASE, DUE, List.of()));
        assertThat(harness.read(MediationCaseRow.class, "m-1").overdue).isTrue();

        harness.apply(DUE, new MediationCaseFailed(CASE, "一方拒绝调解"));

        MediationCaseRow row = harness.read(MediationCaseRow.class, "m-1");
        assertThat(row.status).isEqualTo(MediationCaseStatus.FAILED);
        assertThat(row.overdue).isFalse();
    }

    @Test
    void shouldMoveTheDueDateWhenThePeriodIsExtended() {
        refer();
        Instant extended = DUE.plusSeconds(86_400 * 15L);
        harness.apply(REFERRED, new MediationPeriodExtended(CASE, DUE, extended, "当事人申请"));

        MediationCaseRow row = harness.read(MediationCaseRow.class, "m-1");
        assertThat(row.mediationDueAt).isEqualTo(extended);
        assertThat(row.extensions).isEqualTo(1);
    }

    @Test
    void shouldApplyRedeliveredEventOnlyOnce() {
        refer();
        long extended = harness.apply(REFERRED, new MediationPeriodExtended(CASE, DUE, DUE.plusSeconds(86_400),
                "当事人申请"));
        harness.deliver(Events.tracked(extended, REFERRED, new MediationPeriodExtended(CASE, DUE,
                DUE.plusSeconds(86_400), "当事人申请")));

        MediationCaseRow row = harness.read(MediationCaseRow.class, "m-1");
        assertThat(row.extensions).isEqualTo(1);
        assertThat(harness.announced()).hasSize(2);
    }

    private void refer() {
        harness.apply(REFERRED, new MediationCaseReferred(CASE, HandlingUnitId.of("c-court"), DisputeType.NEIGHBOURS,
                RegionId.of("150102001"), List.of(PersonRef.of("party-a"), PersonRef.of("party-b")),
                new BigDecimal("3000.00"), "相邻通行纠纷", DUE));
    }
}
