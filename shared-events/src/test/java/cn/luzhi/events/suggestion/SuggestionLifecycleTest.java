package cn.luzhi.events.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.common.Refusal;
import cn.luzhi.events.common.StatusRuleAssertions;
import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.unit.HandlingUnitId;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

class SuggestionLifecycleTest {

    private static final SuggestionId S = SuggestionId.of("s-1");
    private static final DeputyId LEAD = DeputyId.of("d-lead");
    private static final HandlingUnitId WATER = HandlingUnitId.of("u-water");
    private static final HandlingUnitId ROADS = HandlingUnitId.of("u-roads");
    private static final Instant DUE = Instant.parse("2026-05-01T02:00:00Z");
    private static final Instant LATEST = Instant.parse("2026-08-01T02:00:00Z");

    @Test
    void shouldKnowTheDeputiesAndTheUnits() {
        SuggestionState state = SuggestionLifecycle.replay(List.of(drafted(SuggestionKind.SUGGESTION),
                new SuggestionCoSigned(S, DeputyId.of("d-1")), new SuggestionSubmitted(S, SessionPeriod.RECESS, 2),
                new SuggestionAccepted(S, null), new SuggestionAssigned(S, WATER, List.of(ROADS), DUE, LATEST, null)));

        assertThat(state.status()).isEqualTo(SuggestionStatus.ASSIGNED);
        assertThat(state.deputies()).containsExactly(LEAD, DeputyId.of("d-1"));
        assertThat(state.units()).containsExactly(WATER, ROADS);
        assertThat(state.round()).isEqualTo(1);
        assertThat(SuggestionLifecycle.checkReply(state, WATER)).isEmpty();
        assertThat(SuggestionLifecycle.checkReply(state, ROADS)).contains(Refusal.becauseOf("unitId",
                "「u-roads」是协办单位，只有主办单位「u-water」才能答复并确定办理结果"));
        assertThat(SuggestionLifecycle.checkMeet(state, HandlingUnitId.of("u-x")))
                .contains(Refusal.becauseOf("unitId", "承办单位「u-x」未承办该建议，不能见面沟通"));
    }

    @Test
    void shouldRefuseWithTheWordsClerksKnow() {
        SuggestionState bill = SuggestionLifecycle.evolve(SuggestionState.NONE, drafted(SuggestionKind.BILL));

        assertThat(SuggestionLifecycle.check(bill, SuggestionAction.ACCEPT))
                .contains(Refusal.because("议案当前状态为「草拟中」，不能立案"));
        assertThat(SuggestionLifecycle.check(bill, SuggestionAction.SUBMIT))
                .contains(Refusal.because("议案须由代表10人以上联名提出，目前联名代表共1人，不能提交"));
        assertThat(SuggestionLifecycle.checkSubmit(bill, SessionPeriod.RECESS)).contains(Refusal.becauseOf(
                "sessionPeriod", "议案只能在大会期间提出，闭会期间请作为建议提出"));
        assertThat(SuggestionLifecycle.checkCoSign(bill, LEAD))
                .contains(Refusal.becauseOf("deputyId", "代表「d-lead」是领衔代表，不能再联名"));

        SuggestionState submitted = SuggestionLifecycle.evolve(
                SuggestionLifecycle.evolve(SuggestionState.NONE, drafted(SuggestionKind.SUGGESTION)),
                new SuggestionSubmitted(S, SessionPeriod.RECESS, 1));
        assertThat(SuggestionLifecycle.check(submitted, SuggestionAction.HANDLE_AS_SUGGESTION))
                .contains(Refusal.because("本件是建议，只有议案才能转为建议处理"));
    }

    @Test
    void shouldRehandleOnceAndEndOverdueWhenReplied() {
        SuggestionState state = SuggestionLifecycle.replay(List.of(drafted(SuggestionKind.SUGGESTION),
                new SuggestionSubmitted(S, SessionPeriod.RECESS, 1), new SuggestionAccepted(S, null),
                new SuggestionAssigned(S, WATER, List.of(), DUE, LATEST, null),
                new SuggestionOverdue(S, DUE, WATER)));
        assertThat(state.overdue()).isTrue();
        assertThat(SuggestionLifecycle.isOverdueAt(state, 1, DUE)).isTrue();
        assertThat(SuggestionLifecycle.checkExtend(state, DUE)).contains(Refusal.becauseOf("replyDueAt",
                "新的答复期限须晚于现有期限2026年5月1日10:00"));

        SuggestionState replied = SuggestionLifecycle.evolve(state, new SuggestionReplied(S, WATER,
                HandlingResult.BEING_SOLVED_OR_PLANNED, "列入计划", 1, false));
        assertThat(replied.overdue()).isFalse();
        assertThat(SuggestionLifecycle.isRehandledAfter(replied, Satisfaction.UNSATISFIED)).isTrue();
        SuggestionState second = SuggestionLifecycle.evolve(replied, new SuggestionReopened(S, 2, DUE, LATEST));
        assertThat(second.status()).isEqualTo(SuggestionStatus.REHANDLING);
        assertThat(SuggestionLifecycle.isRehandledAfter(second, Satisfaction.UNSATISFIED)).isFalse();
        assertThat(SuggestionLifecycle.isOverdueAt(second, 1, DUE)).as("the first round's deadline").isFalse();
    }

    @Test
    void shouldLetTheInvitedCoSignUntilSubmittedAndRefuseNeedlessInvitations() {
        DeputyId invitee = DeputyId.of("d-2");
        SuggestionState invited = SuggestionLifecycle.replay(List.of(drafted(SuggestionKind.SUGGESTION),
                new SuggestionCoSignersInvited(S, List.of(invitee, DeputyId.of("d-3")))));

        assertThat(invited.invited()).containsExactly(invitee, DeputyId.of("d-3"));
        assertThat(invited.awaitsCoSignature(invitee)).isTrue();
        assertThat(invited.deputies()).as("an invitation is not a signature").containsExactly(LEAD);
        assertThat(SuggestionLifecycle.checkInvite(invited, List.of(LEAD))).contains(
                Refusal.becauseOf("deputyIds", "代表「d-lead」是领衔代表，无需邀请"));
        assertThat(SuggestionLifecycle.checkInvite(invited, List.of(invitee))).contains(
                Refusal.becauseOf("deputyIds", "代表「d-2」已邀请，不能重复邀请"));
        assertThat(SuggestionLifecycle.checkInvite(invited, List.of(DeputyId.of("d-4"), DeputyId.of("d-4"))))
                .contains(Refusal.becauseOf("deputyIds", "代表「d-4」已邀请，不能重复邀请"));
        assertThat(SuggestionLifecycle.checkInvite(invited, List.of(DeputyId.of("d-4")))).isEmpty();

        SuggestionState signed = SuggestionLifecycle.evolve(invited, new SuggestionCoSigned(S, invitee));
        assertThat(signed.awaitsCoSignature(invitee)).isFalse();
        assertThat(SuggestionLifecycle.checkInvite(signed, List.of(invitee))).contains(
                Refusal.becauseOf("deputyIds", "代表「d-2」已联名，无需邀请"));
        SuggestionState submitted = SuggestionLifecycle.evolve(signed, new SuggestionSubmitted(S, SessionPeriod.RECESS, 2));
        assertThat(SuggestionLifecycle.checkInvite(submitted, List.of(DeputyId.of("d-4"))))
                .contains(Refusal.because("建议当前状态为「待审查」，不能邀请联名"));
    }

    @Test
    void shouldMapEveryActingCommandToItsAction() {
        for (SuggestionAction action : SuggestionAction.values()) {
            assertThat(SuggestionAction.of(action.command())).contains(action);
        }
        assertThat(SuggestionAction.of(DraftSuggestion.class)).isEmpty();
    }

    /** The aggregate hands any event to the lifecycle, so the lifecycle names the events that need revisions. */
    @Test
    void shouldEvolveWithEverySuggestionEventAndOnlyRevisionedOnes() {
        JavaClass lifecycle = new ClassFileImporter().importClasses(SuggestionLifecycle.class)
                .get(SuggestionLifecycle.class);
        Set<JavaClass> evolvedWith = lifecycle.getMethods().stream().filter(method -> method.getName().equals("evolve"))
                .flatMap(method -> method.getInstanceofChecks().stream()).map(check -> check.getRawType())
                .collect(Collectors.toSet());
        Set<String> suggestionEvents = new ClassFileImporter().importPackages("cn.luzhi.events.suggestion").stream()
                .filter(type -> type.isAnnotatedWith(Revision.class)).map(JavaClass::getName)
                .collect(Collectors.toSet());

        assertThat(evolvedWith).allSatisfy(event -> assertThat(event.isAnnotatedWith(Revision.class))
                .as(event.getName()).isTrue());
        assertThat(evolvedWith.stream().map(JavaClass::getName))
                .containsExactlyInAnyOrderElementsOf(suggestionEvents);
    }

    private static SuggestionDrafted drafted(SuggestionKind kind) {
        return new SuggestionDrafted(S, kind, LEAD, RegionId.of("150102001"), "路灯", "不亮", null);
    }

    @Test
    void shouldKeepTheRepliedClassWhenAFollowUpFindsItSolved() {
        SuggestionState replied = SuggestionLifecycle.replay(List.of(drafted(SuggestionKind.SUGGESTION),
                new SuggestionSubmitted(S, SessionPeriod.RECESS, 1), new SuggestionAccepted(S, null),
                new SuggestionAssigned(S, WATER, List.of(), DUE, LATEST, null),
                new SuggestionReplied(S, WATER, HandlingResult.BEING_SOLVED_OR_PLANNED, "列入计划", 1, true)));

        assertThat(SuggestionLifecycle.checkFollowUp(replied, 2026, 2026, 2027)).contains(Refusal.becauseOf("year",
                "回头看年度须晚于答复年度（2026年），且不晚于今年（2027年）"));
        assertThat(SuggestionLifecycle.checkFollowUp(replied, 2028, 2026, 2027)).isPresent();
        assertThat(SuggestionLifecycle.checkFollowUp(replied, 2027, 2026, 2027)).isEmpty();

        SuggestionState inProgress = SuggestionLifecycle.evolve(replied,
                new SuggestionFollowedUp(S, 2027, "正在施工", FollowUpOutcome.STILL_IN_PROGRESS));
        assertThat(inProgress.followUpYears()).containsExactly(2027);
        assertThat(SuggestionLifecycle.checkFollowUp(inProgress, 2027, 2026, 2027)).contains(Refusal.becauseOf(
                "year", "本件2027年度已回头看，每年只记录一次"));

        SuggestionState solved = SuggestionLifecycle.replay(List.of(drafted(SuggestionKind.SUGGESTION),
                new SuggestionSubmitted(S, SessionPeriod.RECESS, 1), new SuggestionAccepted(S, null),
                new SuggestionAssigned(S, WATER, List.of(), DUE, LATEST, null),
                new SuggestionReplied(S, WATER, HandlingResult.BEING_SOLVED_OR_PLANNED, "列入计划", 1, true),
                new SuggestionFollowedUp(S, 2027, "已通车", FollowUpOutcome.SOLVED),
                new SuggestionUpgradedToSolved(S, 2027)));
        assertThat(solved.result()).isEqualTo(HandlingResult.BEING_SOLVED_OR_PLANNED);
        assertThat(solved.solvedYear()).isEqualTo(2027);
        assertThat(SuggestionLifecycle.check(solved, SuggestionAction.FOLLOW_UP))
                .contains(Refusal.because("本件已于2027年回头看时解决，无需再回头看"));
    }

    @Test
    void shouldRecordTheProcuratorateOutcomeOnlyOfAConvertedSuggestionAndOnce() {
        SuggestionState accepted = SuggestionLifecycle.replay(List.of(drafted(SuggestionKind.SUGGESTION),
                new SuggestionSubmitted(S, SessionPeriod.RECESS, 1), new SuggestionAccepted(S, null)));
        java.time.LocalDate today = java.time.LocalDate.of(2026, 5, 1);
        assertThat(SuggestionLifecycle.checkProcuratorateOutcome(accepted, today, today))
                .contains(Refusal.because("本件未转为检察建议，没有检察机关的办理结果可记录"));

        HandlingUnitId procuratorate = HandlingUnitId.of("u-proc");
        SuggestionState converted = SuggestionLifecycle.evolve(accepted,
                new SuggestionConvertedToProcuratorate(S, procuratorate, null));
        assertThat(converted.procuratorateId()).isEqualTo(procuratorate);
        assertThat(SuggestionLifecycle.checkProcuratorateOutcome(converted, today, today)).isEmpty();
        assertThat(SuggestionLifecycle.checkProcuratorateOutcome(converted, today.plusDays(1), today))
                .contains(Refusal.becauseOf("decidedOn", "检察机关的决定日期不能晚于今天"));

        SuggestionState recorded = SuggestionLifecycle.evolve(converted, new SuggestionProcuratorateOutcomeRecorded(S,
                procuratorate, ProcuratorateOutcome.LAWSUIT_FILED, "检诉〔2026〕2号", today, null));
        assertThat(recorded.procuratorateOutcome()).isEqualTo(ProcuratorateOutcome.LAWSUIT_FILED);
        assertThat(SuggestionLifecycle.check(recorded, SuggestionAction.RECORD_PROCURATORATE_OUTCOME))
                .contains(Refusal.because("检察机关的办理结果已记录为「已提起公益诉讼」，不能重复记录"));
    }

    @Test
    void shouldRefuseAnActionInEveryStatusOutsideTheStatusesThatAllowIt() {
        assertThat(SuggestionLifecycle.statusesAllowing(SuggestionAction.ASSIGN))
                .containsExactly(SuggestionStatus.ACCEPTED);
        for (SuggestionAction action : SuggestionAction.values()) {
            for (SuggestionStatus status : SuggestionStatus.values()) {
                SuggestionState state = new SuggestionState(status, SuggestionKind.SUGGESTION, null, List.of(), false,
                        false, null, List.of(), null, null, 1, HandlingResult.BEING_SOLVED_OR_PLANNED, null,
                        List.of(), false, 0, null, List.of(), List.of(), null, null, null);
                StatusRuleAssertions.assertAgreesWithCheck(action + " in " + status,
                        SuggestionLifecycle.statusesAllowing(action).contains(status),
                        SuggestionLifecycle.check(state, action));
            }
        }
    }
}
