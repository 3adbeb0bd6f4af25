package cn.luzhi.events.petition;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.common.PersonDetails;
import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.common.Refusal;
import cn.luzhi.events.common.StatusRuleAssertions;
import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.unit.HandlingUnitId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

class PetitionLifecycleTest {

    private static final PetitionId P = PetitionId.of("p-1");
    private static final HandlingUnitId WATER = HandlingUnitId.of("u-water");
    private static final HandlingUnitId ROADS = HandlingUnitId.of("u-roads");
    private static final Instant DUE = Instant.parse("2026-05-01T02:00:00Z");

    @Test
    void shouldKnowTheDeputiesAndTheUnitsOfTheLatestForwarding() {
        PetitionState state = PetitionLifecycle.replay(List.of(submitted(DeputyId.of("d-qr")),
                new PetitionAccepted(P, DeputyId.of("d-1"), null),
                new PetitionForwarded(P, List.of(WATER, ROADS, WATER), DUE, null),
                new PetitionReplied(P, WATER, "已修", false)));

        assertThat(state.status()).isEqualTo(PetitionStatus.FORWARDED);
        assertThat(state.deputies()).containsExactly(DeputyId.of("d-qr"), DeputyId.of("d-1"));
        assertThat(state.deputy()).isEqualTo(DeputyId.of("d-1"));
        assertThat(state.unitsForwarded()).containsExactly(WATER, ROADS);
        assertThat(state.unitsAwaited()).containsExactly(ROADS);
        assertThat(PetitionLifecycle.isLastReply(state, ROADS)).isTrue();
    }

    @Test
    void shouldRefuseWithTheWordsClerksKnow() {
        PetitionState submitted = PetitionLifecycle.evolve(PetitionState.NONE, submitted(null));

        assertThat(PetitionLifecycle.check(submitted, PetitionAction.ACCEPT)).isEmpty();
        assertThat(PetitionLifecycle.check(submitted, PetitionAction.CLOSE))
                .contains(Refusal.because("诉求当前状态为「待受理」，不能办结"));
        assertThat(PetitionLifecycle.checkReply(submitted, WATER))
                .contains(Refusal.because("诉求当前状态为「待受理」，不能答复"));

        PetitionState forwarded = PetitionLifecycle.replay(List.of(submitted(null),
                new PetitionAccepted(P, DeputyId.of("d-1"), null), new PetitionForwarded(P, List.of(WATER), DUE, null),
                new PetitionDeadlineExtended(P, DUE, DUE.plusSeconds(86_400), "招标")));
        assertThat(PetitionLifecycle.check(forwarded, PetitionAction.EXTEND))
                .contains(Refusal.because("本轮转办的答复期限已延期过一次，不能再次延期"));
        assertThat(PetitionLifecycle.checkReply(forwarded, ROADS))
                .contains(Refusal.becauseOf("unitId", "该诉求未转交给承办单位「u-roads」，不能由其答复"));

        PetitionState replied = PetitionLifecycle.evolve(forwarded, new PetitionReplied(P, WATER, "好", true));
        assertThat(PetitionLifecycle.checkReply(replied, WATER))
                .contains(Refusal.because("诉求当前状态为「已答复」，不能答复"));
    }

    @Test
    void shouldCountRoundsAndEndOverdueWhenThePetitionEnds() {
        PetitionState state = PetitionLifecycle.replay(List.of(submitted(null),
                new PetitionAccepted(P, DeputyId.of("d-1"), null), new PetitionForwarded(P, List.of(WATER), DUE, null),
                new PetitionReplied(P, WATER, "好", true), new PetitionRated(P, Satisfaction.UNSATISFIED, null),
                new PetitionReopened(P, 1), new PetitionForwarded(P, List.of(ROADS), DUE, null),
                new PetitionOverdue(P, DUE, List.of(ROADS))));

        assertThat(state.handlingRound()).isEqualTo(2);
        assertThat(state.overdue()).isTrue();
        assertThat(PetitionLifecycle.isOverdueAt(state, DUE)).isTrue();
        assertThat(PetitionLifecycle.evolve(state, new PetitionWithdrawn(P, null)).overdue()).isFalse();
        assertThat(PetitionLifecycle.check(PetitionLifecycle.evolve(state, new PetitionWithdrawn(P, null)),
                PetitionAction.URGE)).contains(Refusal.because("诉求当前状态为「已撤回」，不能督办"));
    }

    @Test
    void shouldMapEveryActingCommandToItsAction() {
        for (PetitionAction action : PetitionAction.values()) {
            assertThat(PetitionAction.of(action.command())).contains(action);
        }
        assertThat(PetitionAction.of(SubmitPetition.class)).isEmpty();
    }

    /** The aggregate hands any event to the lifecycle, so the lifecycle names the events that need revisions. */
    @Test
    void shouldEvolveWithEveryPetitionEventAndOnlyRevisionedOnes() {
        JavaClass lifecycle = new ClassFileImporter().importClasses(PetitionLifecycle.class)
                .get(PetitionLifecycle.class);
        Set<JavaClass> evolvedWith = lifecycle.getMethods().stream().filter(method -> method.getName().equals("evolve"))
                .flatMap(method -> method.getInstanceofChecks().stream()).map(check -> check.getRawType())
                .collect(Collectors.toSet());
        Set<String> petitionEvents = new ClassFileImporter().importPackages("cn.luzhi.events.petition").stream()
                .filter(type -> type.isAnnotatedWith(Revision.class)).map(JavaClass::getName)
                .collect(Collectors.toSet());

        assertThat(evolvedWith).allSatisfy(event -> assertThat(event.isAnnotatedWith(Revision.class))
                .as(event.getName()).isTrue());
        assertThat(evolvedWith.stream().map(JavaClass::getName)).containsExactlyInAnyOrderElementsOf(petitionEvents)
                .hasSize(15);
    }

    @Test
    void shouldAskATicketAndASupervisingDeputyOfA12345PetitionAndOfNoOther() {
        HotlineTicket ticket = new HotlineTicket("GD-1", LocalDate.of(2026, 5, 1), "多次投诉未解决");
        DeputyId deputy = DeputyId.of("d-1");

        assertThat(PetitionLifecycle.checkSubmission(submit(PetitionSource.HOTLINE_12345, deputy, ticket))).isEmpty();
        assertThat(PetitionLifecycle.checkSubmission(submit(PetitionSource.HOTLINE_12345, deputy, null)))
                .contains(Refusal.becauseOf("hotlineTicket", "12345疑难工单须填写工单号、接件日期和升级原因"));
        assertThat(PetitionLifecycle.checkSubmission(submit(PetitionSource.HOTLINE_12345, null, ticket)))
                .contains(Refusal.becauseOf("deputyId", "12345疑难工单须指定督办代表"));
        assertThat(PetitionLifecycle.checkSubmission(submit(PetitionSource.LETTER_OR_PHONE, deputy, ticket)))
                .contains(Refusal.becauseOf("hotlineTicket", "只有来源为「12345疑难工单」的诉求才能填写12345工单"));
        assertThat(PetitionLifecycle.checkSubmission(submit(PetitionSource.LETTER_OR_PHONE, null, null))).isEmpty();
    }

    @Test
    void shouldFeedBackToTheHotlineOncePerRoundAfterTheUnitsReplied() {
        PetitionSubmitted hotline = new PetitionSubmitted(P, PetitionSource.HOTLINE_12345, RegionId.of("150102001"),
                DeputyId.of("d-1"), null, PersonRef.of("pd-1"), "路灯", "不亮",
                new HotlineTicket("GD-1", LocalDate.of(2026, 5, 1), "多次投诉未解决"), null);
        PetitionState forwarded = PetitionLifecycle.replay(List.of(hotline,
                new PetitionAccepted(P, DeputyId.of("d-1"), null), new PetitionForwarded(P, List.of(WATER), DUE, null)));
        assertThat(PetitionLifecycle.check(forwarded, PetitionAction.HOTLINE_FEEDBACK))
                .contains(Refusal.because("诉求当前状态为「转办中」，不能反馈12345"));

        PetitionState replied = PetitionLifecycle.evolve(forwarded, new PetitionReplied(P, WATER, "已修", true));
        assertThat(PetitionLifecycle.check(replied, PetitionAction.HOTLINE_FEEDBACK)).isEmpty();

        PetitionState fedBack = PetitionLifecycle.evolve(replied,
                new PetitionHotlineFeedbackRecorded(P, "GD-1", "已修复", LocalDate.of(2026, 5, 9)));
        assertThat(fedBack.status()).isEqualTo(PetitionStatus.REPLIED);
        assertThat(PetitionLifecycle.check(fedBack, PetitionAction.HOTLINE_FEEDBACK))
                .contains(Refusal.because("本轮办理结果已反馈12345，群众不满意重新办理后才能再次反馈"));
        PetitionState closed = PetitionLifecycle.evolve(replied, new PetitionClosed(P, null, null));
        assertThat(PetitionLifecycle.check(closed, PetitionAction.HOTLINE_FEEDBACK)).isEmpty();

        PetitionState reopened = PetitionLifecycle.replay(List.of(hotline,
                new PetitionAccepted(P, DeputyId.of("d-1"), null), new PetitionForwarded(P, List.of(WATER), DUE, null),
                new PetitionReplied(P, WATER, "已修", true),
                new PetitionHotlineFeedbackRecorded(P, "GD-1", "已修复", LocalDate.of(2026, 5, 9)),
                new PetitionRated(P, Satisfaction.UNSATISFIED, null), new PetitionReopened(P, 1),
                new PetitionForwarded(P, List.of(WATER), DUE, null), new PetitionReplied(P, WATER, "再修", true)));
        assertThat(PetitionLifecycle.check(reopened, PetitionAction.HOTLINE_FEEDBACK)).isEmpty();
    }

    @Test
    void shouldRefuseHotlineFeedbackOnAPetitionThatIsNoTicket() {
        PetitionState replied = PetitionLifecycle.replay(List.of(submitted(null),
                new PetitionAccepted(P, DeputyId.of("d-1"), null), new PetitionForwarded(P, List.of(WATER), DUE, null),
                new PetitionReplied(P, WATER, "已修", true)));

        assertThat(PetitionLifecycle.check(replied, PetitionAction.HOTLINE_FEEDBACK))
                .contains(Refusal.because("该诉求不是12345疑难工单，不能反馈12345"));
    }

    private static SubmitPetition submit(PetitionSource source, DeputyId deputy, HotlineTicket ticket) {
        return new SubmitPetition(P, source, RegionId.of("150102001"), deputy, null,
                new PersonDetails("王小明", "13800001234", null), "路灯", "不亮", ticket, null);
    }

    private static PetitionSubmitted submitted(DeputyId deputy) {
        return new PetitionSubmitted(P, PetitionSource.DEPUTY_QR_CODE, RegionId.of("150102001"), deputy, null,
                PersonRef.of("pd-1"), "路灯", "不亮");
    }

    @Test
    void shouldRefuseAnActionInEveryStatusOutsideTheStatusesThatAllowIt() {
        assertThat(PetitionLifecycle.statusesAllowing(PetitionAction.ACCEPT)).containsExactly(PetitionStatus.SUBMITTED);
        for (PetitionAction action : PetitionAction.values()) {
            for (PetitionStatus status : PetitionStatus.values()) {
                PetitionState state = new PetitionState(status, null, null, List.of(), List.of(), DUE, false, false,
                        null, 0, 0, null, PetitionSource.HOTLINE_12345, false);
                StatusRuleAssertions.assertAgreesWithCheck(action + " in " + status,
                        PetitionLifecycle.statusesAllowing(action).contains(status),
                        PetitionLifecycle.check(state, action));
            }
        }
    }
}
