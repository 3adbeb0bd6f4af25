package cn.luzhi.events.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.common.Refusal;
import cn.luzhi.events.common.StatusRuleAssertions;
import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.unit.HandlingUnitId;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

class MediationCaseLifecycleTest {

    private static final MediationCaseId M = MediationCaseId.of("m-1");
    private static final HandlingUnitId COURT = HandlingUnitId.of("c-court");
    private static final DeputyId D1 = DeputyId.of("d-1");
    private static final DeputyId D2 = DeputyId.of("d-2");
    private static final Instant DUE = Instant.parse("2026-03-01T02:00:00Z");

    @Test
    void shouldKnowTheCourtAndTheMediatorsNow() {
        MediationCaseState state = MediationCaseLifecycle.replay(List.of(referred(),
                new MediatorsAssigned(M, List.of(D1, D2), null), new MediatorReleased(M, D1, "回避"),
                new MediationSessionHeld(M, 1, D2, DUE, "代表之家", "陈述")));

        assertThat(state.status()).isEqualTo(MediationCaseStatus.MEDIATING);
        assertThat(state.courtId()).isEqualTo(COURT);
        assertThat(state.mediators()).containsExactly(D2);
        assertThat(state.sessionsHeld()).isEqualTo(1);
        assertThat(MediationCaseLifecycle.check(state, MediationCaseAction.SETTLE)).isEmpty();
    }

    @Test
    void shouldRefuseWithTheWordsClerksKnow() {
        MediationCaseState referred = MediationCaseLifecycle.evolve(MediationCaseState.NONE, referred());

        assertThat(MediationCaseLifecycle.check(referred, MediationCaseAction.CONFIRM))
                .contains(Refusal.because("调解案件当前状态为「待指派调解员」，不能司法确认"));
        assertThat(MediationCaseLifecycle.checkSession(referred, D1))
                .contains(Refusal.because("本案尚未指派调解员，不能记录调解"));
        assertThat(MediationCaseLifecycle.checkRelease(referred, D1))
                .contains(Refusal.becauseOf("deputyId", "代表「d-1」不是本案调解员"));
        assertThat(MediationCaseLifecycle.check(referred, MediationCaseAction.SETTLE))
                .contains(Refusal.because("本案尚无调解记录，不能登记调解成功"));

        MediationCaseState mediating = MediationCaseLifecycle.evolve(referred,
                new MediatorsAssigned(M, List.of(D1), null));
        assertThat(MediationCaseLifecycle.checkAssignment(mediating, List.of(D2, D1)))
                .contains(Refusal.becauseOf("deputyIds", "代表「d-1」已是本案调解员，不能重复指派"));
        assertThat(MediationCaseLifecycle.checkRelease(mediating, D1))
                .contains(Refusal.because("本案只有这一名调解员，须先指派接替的调解员才能撤换"));
        assertThat(MediationCaseLifecycle.checkSession(mediating, D2))
                .contains(Refusal.becauseOf("mediatorId", "代表「d-2」不是本案调解员"));
        assertThat(MediationCaseLifecycle.checkExtension(mediating, DUE))
                .contains(Refusal.because("调解期限已届满，不能再延长"));
        MediationCaseState extended = MediationCaseLifecycle.evolve(mediating,
                new MediationPeriodExtended(M, DUE, DUE.plusSeconds(86_400), "双方同意"));
        assertThat(MediationCaseLifecycle.checkExtension(extended, DUE))
                .contains(Refusal.because("调解期限已延长过一次，不能再次延长"));
    }

    @Test
    void shouldVisitSettledAndWithdrawnCasesOnceButNeverFailedOnes() {
        MediationCaseState failed = MediationCaseLifecycle.replay(List.of(referred(),
                new MediationCaseFailed(M, "一方拒绝")));
        assertThat(MediationCaseLifecycle.check(failed, MediationCaseAction.FOLLOW_UP))
                .contains(Refusal.because("调解不成的案件已转入诉讼，不再回访"));
        assertThat(MediationCaseLifecycle.check(failed, MediationCaseAction.CONFIRM))
                .contains(Refusal.because("调解案件当前状态为「调解不成」，不能司法确认"));

        MediationCaseState settled = MediationCaseLifecycle.replay(List.of(referred(),
                new MediatorsAssigned(M, List.of(D1), null), new MediationSessionHeld(M, 1, D1, DUE, "家", "谈"),
                new MediationCaseSettled(M, "赔偿", new BigDecimal("1.00")),
                new SettlementJudiciallyConfirmed(M, "（2026）示民特1号"),
                new MediationCaseFollowedUp(M, "已履行", Satisfaction.SATISFIED)));
        assertThat(MediationCaseLifecycle.check(settled, MediationCaseAction.CONFIRM))
                .contains(Refusal.because("本案调解协议已经司法确认，不能重复确认"));
        assertThat(MediationCaseLifecycle.check(settled, MediationCaseAction.FOLLOW_UP))
                .contains(Refusal.because("本案已回访，不能重复回访"));
        assertThat(MediationCaseLifecycle.check(settled, MediationCaseAction.WITHDRAW))
                .contains(Refusal.because("调解案件当前状态为「调解成功」，不能撤回"));
    }

    @Test
    void shouldEndOverdueWhenThePeriodIsExtendedOrTheCaseEnds() {
        MediationCaseState overdue = MediationCaseLifecycle.replay(List.of(referred(),
                new MediationOverdue(M, DUE, List.of())));

        assertThat(overdue.overdue()).isTrue();
        assertThat(MediationCaseLifecycle.isOverdueAt(overdue, DUE)).isTrue();
        assertThat(MediationCaseLifecycle.evolve(overdue, new MediationCaseWithdrawn(M, "自行和解")).overdue())
                .isFalse();
        MediationCaseState extended = MediationCaseLifecycle.evolve(overdue,
                new MediationPeriodExtended(M, DUE, DUE.plusSeconds(60), "双方同意"));
        assertThat(extended.overdue()).isFalse();
        assertThat(MediationCaseLifecycle.isOverdueAt(extended, DUE)).isFalse();
        assertThat(MediationCaseLifecycle.isOverdueAt(
                MediationCaseLifecycle.evolve(extended, new MediationCaseFailed(M, "不成")), DUE.plusSeconds(60)))
                .isFalse();
    }

    @Test
    void shouldMapEveryActingCommandToItsAction() {
        for (MediationCaseAction action : MediationCaseAction.values()) {
            assertThat(MediationCaseAction.of(action.command())).contains(action);
        }
        assertThat(MediationCaseAction.of(ReferMediationCase.class)).isEmpty();
    }

    /** The aggregate hands any event to the lifecycle, so the lifecycle names the events that need revisions. */
    @Test
    void shouldEvolveWithEveryMediationEventAndOnlyRevisionedOnes() {
        JavaClass lifecycle = new ClassFileImporter().importClasses(MediationCaseLifecycle.class)
                .get(MediationCaseLifecycle.class);
        Set<JavaClass> evolvedWith = lifecycle.getMethods().stream().filter(method -> method.getName().equals("evolve"))
                .flatMap(method -> method.getInstanceofChecks().stream()).map(check -> check.getRawType())
                .collect(Collectors.toSet());
        Set<String> mediationEvents = new ClassFileImporter().importPackages(MediationCaseId.class.getPackageName())
                .stream().filter(type -> type.isAnnotatedWith(Revision.class)).map(JavaClass::getName)
                .collect(Collectors.toSet());

        assertThat(evolvedWith).allSatisfy(event -> assertThat(event.isAnnotatedWith(Revision.class))
                .as(event.getName()).isTrue());
        assertThat(evolvedWith.stream().map(JavaClass::getName)).containsExactlyInAnyOrderElementsOf(mediationEvents)
                .hasSize(11);
    }

    private static MediationCaseReferred referred() {
        return new MediationCaseReferred(M, COURT, DisputeType.NEIGHBOURS, RegionId.of("150102001"),
                List.of(PersonRef.of("pd-1"), PersonRef.of("pd-2")), new BigDecimal("8000.00"), "邻里漏水", DUE);
    }

    @Test
    void shouldRefuseAnActionInEveryStatusOutsideTheStatusesThatAllowIt() {
        for (MediationCaseAction action : MediationCaseAction.values()) {
            for (MediationCaseStatus status : MediationCaseStatus.values()) {
                MediationCaseState state = new MediationCaseState(status, null, null, 0, List.of(), 0, false, false,
                        false);
                StatusRuleAssertions.assertAgreesWithCheck(action + " in " + status,
                        MediationCaseLifecycle.statusesAllowing(action).contains(status),
                        MediationCaseLifecycle.check(state, action));
            }
        }
    }

    @Test
    void shouldAwaitMediatorsOnlyUntilTheyAreAssigned() {
        MediationCaseState referred = new MediationCaseState(MediationCaseStatus.REFERRED, null, null, 0, List.of(),
                0, false, false, false);
        assertThat(MediationCaseLifecycle.awaitingMediators()).contains(referred.status());
        MediationCaseState assigned = MediationCaseLifecycle.evolve(referred,
                new MediatorsAssigned(null, List.of(DeputyId.of("d-1")), null));
        assertThat(MediationCaseLifecycle.awaitingMediators()).doesNotContain(assigned.status());
    }
}
