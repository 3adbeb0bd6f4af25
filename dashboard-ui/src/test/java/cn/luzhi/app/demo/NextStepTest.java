package cn.luzhi.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.app.demo.CaseHistory.Recorded;
import cn.luzhi.app.demo.DemoCatalog.Deputy;
import cn.luzhi.app.demo.DemoCatalog.Place;
import cn.luzhi.app.demo.DemoCatalog.Station;
import cn.luzhi.app.demo.DemoCatalog.Unit;
import cn.luzhi.app.demo.NextStep.DemoAct;
import cn.luzhi.events.ballot.BallotId;
import cn.luzhi.events.ballot.CompleteProject;
import cn.luzhi.events.ballot.LivelihoodProjectApproved;
import cn.luzhi.events.ballot.LivelihoodProjectId;
import cn.luzhi.events.ballot.PlanProjectMilestones;
import cn.luzhi.events.ballot.ProjectCompleted;
import cn.luzhi.events.ballot.ProjectMilestone;
import cn.luzhi.events.ballot.ProjectMilestonesPlanned;
import cn.luzhi.events.ballot.ProjectProgressRecorded;
import cn.luzhi.events.ballot.ProjectRated;
import cn.luzhi.events.ballot.RateProject;
import cn.luzhi.events.ballot.RecordProjectProgress;
import cn.luzhi.events.common.ActorRole;
import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.deputy.DeputyLevel;
import cn.luzhi.events.mediation.AssignMediators;
import cn.luzhi.events.mediation.DisputeType;
import cn.luzhi.events.mediation.ExtendMediationPeriod;
import cn.luzhi.events.mediation.FollowUpMediationCase;
import cn.luzhi.events.mediation.MediationCaseFollowedUp;
import cn.luzhi.events.mediation.MediationCaseId;
import cn.luzhi.events.mediation.MediationCaseReferred;
import cn.luzhi.events.mediation.MediationCaseWithdrawn;
import cn.luzhi.events.mediation.MediationSessionHeld;
import cn.luzhi.events.mediation.MediatorsAssigned;
import cn.luzhi.events.mediation.RecordMediationSession;
import cn.luzhi.events.mediation.SettleMediationCase;
import cn.luzhi.events.petition.AcceptPetition;
import cn.luzhi.events.petition.DeclinePetition;
import cn.luzhi.events.petition.ForwardPetition;
import cn.luzhi.events.petition.HotlineTicket;
import cn.luzhi.events.petition.PetitionAccepted;
import cn.luzhi.events.petition.PetitionClosed;
import cn.luzhi.events.petition.PetitionDeadlineExtended;
import cn.luzhi.events.petition.PetitionDeclined;
import cn.luzhi.events.petition.PetitionForwarded;
import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.petition.PetitionRated;
import cn.luzhi.events.petition.PetitionReopened;
import cn.luzhi.events.petition.PetitionReplied;
import cn.luzhi.events.petition.PetitionSource;
import cn.luzhi.events.petition.PetitionStatus;
import cn.luzhi.events.petition.PetitionSubmitted;
import cn.luzhi.events.petition.PetitionUrged;
import cn.luzhi.events.petition.RecordHotlineFeedback;
import cn.luzhi.events.petition.ReplyToPetition;
import cn.luzhi.events.petition.UrgePetition;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.station.StationId;
import cn.luzhi.events.suggestion.CloseSuggestion;
import cn.luzhi.events.suggestion.DiscussSuggestionWithDeputy;
import cn.luzhi.events.suggestion.HandlingResult;
import cn.luzhi.events.suggestion.RateSuggestion;
import cn.luzhi.events.suggestion.ReplyToSuggestion;
import cn.luzhi.events.suggestion.SendSuggestionOpinion;
import cn.luzhi.events.suggestion.SessionPeriod;
import cn.luzhi.events.suggestion.SuggestionAccepted;
import cn.luzhi.events.suggestion.SuggestionAssigned;
import cn.luzhi.events.suggestion.SuggestionDiscussedWithDeputy;
import cn.luzhi.events.suggestion.SuggestionDrafted;
import cn.luzhi.events.suggestion.SuggestionId;
import cn.luzhi.events.suggestion.SuggestionKind;
import cn.luzhi.events.suggestion.SuggestionOpinionSent;
import cn.luzhi.events.suggestion.SuggestionRated;
import cn.luzhi.events.suggestion.SuggestionReopened;
import cn.luzhi.events.suggestion.SuggestionReplied;
import cn.luzhi.events.suggestion.SuggestionStatus;
import cn.luzhi.events.suggestion.SuggestionSubmitted;
import cn.luzhi.events.unit.HandlingUnitId;
import cn.luzhi.events.unit.HandlingUnitKind;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The live mode's next step, worked out from a case's events alone. */
class NextStepTest {

    private static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");
    private static final DeputyId TOWN_DEPUTY = new DeputyId("demo-deputy-001");
    private static final DeputyId VILLAGE_MEDIATOR = new DeputyId("demo-deputy-002");
    private static final HandlingUnitId URBAN = new HandlingUnitId("demo-unit-urban-management");
    private static final HandlingUnitId HOUSING = new HandlingUnitId("demo-unit-housing");
    private static final HandlingUnitId FINANCE = new HandlingUnitId("demo-unit-finance");
    private static final HandlingUnitId COURT = new HandlingUnitId("demo-unit-court");
    private static final RegionId COMMUNITY = new RegionId("150102001001");
    private static final RegionId VILLAGE = new RegionId("150102100200");
    private static final String LAMPS = "小区周边路灯长期不亮";
    private static final String OLD_ESTATES = "关于加快老旧小区改造提升的建议";

    private static final DemoCatalog CATALOG = new DemoCatalog(
            List.of(new Deputy(TOWN_DEPUTY, DeputyLevel.COUNTY, new StationId("demo-station-03"), "150102001"),
                    new Deputy(VILLAGE_MEDIATOR, DeputyLevel.TOWNSHIP, new StationId("demo-station-20"),
                            "150102100")),
            List.of(VILLAGE_MEDIATOR),
            List.of(new Unit(URBAN, "新城区城市管理综合执法局", HandlingUnitKind.GOVERNMENT_DEPARTMENT),
                    new Unit(HOUSING, "新城区住房和城乡建设局", HandlingUnitKind.GOVERNMENT_DEPARTMENT),
                    new Unit(FINANCE, "新城区财政局", HandlingUnitKind.GOVERNMENT_DEPARTMENT),
                    new Unit(COURT, "新城区人民法院", HandlingUnitKind.COURT)),
            List.of(new Place(new RegionId("150102001"), "海拉尔东路街道"), new Place(COMMUNITY, "兴安北路社区"),
                    new Place(new RegionId("150102100"), "保合少镇"), new Place(VILLAGE, "保合少村")),
            List.of(new Station(new StationId("demo-station-03"), new RegionId("150102001"))));

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    // ---------------------------------------------------------------------------------------------- petitions

    @Test
    void shouldHaveTheDeputyWhoseCodeBroughtAPetitionTakeItUp() {
        Optional<DemoAct> act = next(0.5, petition(submitted(TOWN_DEPUTY)));

        assertThat(act).contains(new DemoAct(ActorRole.DEPUTY,
                new AcceptPetition(petitionId(), TOWN_DEPUTY, DemoTexts.ACCEPT_PETITION, 0L)));
    }

    @Test
    void shouldHaveADeputyOfThePetitionsTownTakeUpOneThatCameWithoutACode() {
        Optional<DemoAct> act = next(0.5, petition(submitted(null)));

        assertThat(act).map(DemoAct::command).containsInstanceOf(AcceptPetition.class);
        assertThat(((AcceptPetition) act.orElseThrow().command()).deputyId()).isEqualTo(TOWN_DEPUTY);
    }

    @Test
    void shouldHaveTheClerkTellTheHotlineTheResultOfARepliedTicketFirst() {
        PetitionSubmitted ticket = new PetitionSubmitted(petitionId(), PetitionSource.HOTLINE_12345, COMMUNITY,
                TOWN_DEPUTY, null, new PersonRef("p-1"), LAMPS, "兴安北路社区一带多盏路灯损坏",
                new HotlineTicket("12345-20261115-0001", LocalDate.of(2026, 11, 15), "多次转派未解决"), null);
        CaseHistory replied = petition(ticket, accepted(),
                new PetitionForwarded(petitionId(), List.of(URBAN), NOW.plus(Duration.ofDays(30)), null),
                new PetitionReplied(petitionId(), URBAN, "已修复", true));

        Optional<DemoAct> act = next(0.5, replied);

        assertThat(act).map(DemoAct::actor).contains(ActorRole.CLERK);
        assertThat(act).map(DemoAct::command).containsInstanceOf(RecordHotlineFeedback.class);
        assertThat(((RecordHotlineFeedback) act.orElseThrow().command()).fedBackOn())
                .isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void shouldDeclineAFewSubmittedPetitions() {
        Optional<DemoAct> act = next(0.95, petition(submitted(TOWN_DEPUTY)));

        assertThat(act).map(DemoAct::command).containsInstanceOf(DeclinePetition.class);
    }

    @Test
    void shouldAskTheUnitThatHasNotRepliedYetEvenAfterAnUrge() {
        Optional<DemoAct> act = next(0.5, petition(submitted(TOWN_DEPUTY), accepted(),
                new PetitionForwarded(petitionId(), List.of(URBAN, HOUSING), NOW.plus(Duration.ofDays(30)), null),
                new PetitionReplied(petitionId(), URBAN, "已修复", false),
                new PetitionUrged(petitionId(), PetitionStatus.FORWARDED, "请抓紧")));

        assertThat(act).map(DemoAct::actor).contains(ActorRole.UNIT);
        ReplyToPetition reply = (ReplyToPetition) act.orElseThrow().command();
        assertThat(reply.unitId()).isEqualTo(HOUSING);
        assertThat(reply.expectedVersion()).isEqualTo(4L);
        assertThat(reply.reply()).isEqualTo(DemoTexts.coUnitReply("新城区城市管理综合执法局"));
    }

    @Test
    void shouldReplyWithTheTopicsAnswerForTheLeadUnit() {
        Optional<DemoAct> act = next(0.5, petition(submitted(TOWN_DEPUTY), accepted(), forwarded(URBAN)));

        ReplyToPetition reply = (ReplyToPetition) act.orElseThrow().command();
        assertThat(reply.unitId()).isEqualTo(URBAN);
        assertThat(reply.reply()).contains("兴安北路社区");
    }

    @Test
    void shouldUrgeAForwardedPetitionNowAndThen() {
        Optional<DemoAct> act = next(0.1, petition(submitted(TOWN_DEPUTY), accepted(), forwarded(URBAN)));

        assertThat(act).map(DemoAct::actor).contains(ActorRole.SUPERVISOR);
        assertThat(act).map(DemoAct::command).containsInstanceOf(UrgePetition.class);
    }

    @Test
    void shouldNotExtendAPetitionTwiceInOneRound() {
        Optional<DemoAct> act = next(0.22, petition(submitted(TOWN_DEPUTY), accepted(), forwarded(URBAN),
                new PetitionDeadlineExtended(petitionId(), NOW, NOW.plus(Duration.ofDays(30)), "延期")));

        assertThat(act).map(DemoAct::command).containsInstanceOf(ReplyToPetition.class);
    }

    @Test
    void shouldForwardAgainWhenThePetitionerWasUnsatisfied() {
        Optional<DemoAct> act = next(0.5, petition(submitted(TOWN_DEPUTY), accepted(), forwarded(URBAN),
                new PetitionReplied(petitionId(), URBAN, "已修复", true),
                new PetitionRated(petitionId(), Satisfaction.UNSATISFIED, null),
                new PetitionReopened(petitionId(), 2)));

        assertThat(act).map(DemoAct::command).contains(new ForwardPetition(petitionId(), List.of(URBAN), null,
                DemoTexts.forwardPetition("新城区城市管理综合执法局"), 5L));
    }

    @Test
    void shouldLeaveDeclinedAndClosedPetitionsAlone() {
        assertThat(next(0.5, petition(submitted(TOWN_DEPUTY), new PetitionDeclined(petitionId(), "不属于"))))
                .isEmpty();
        assertThat(next(0.5, petition(submitted(TOWN_DEPUTY), accepted(), forwarded(URBAN),
                new PetitionReplied(petitionId(), URBAN, "已修复", true),
                new PetitionClosed(petitionId(), null, null)))).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------- suggestions

    @Test
    void shouldHearTheCoUnitBeforeTheLeadUnitReplies() {
        Optional<DemoAct> act = next(0.5, suggestion(drafted(), submittedSuggestion(), acceptedSuggestion(),
                assigned(), new SuggestionDiscussedWithDeputy(suggestionId(), HOUSING, "见面")));

        assertThat(act).map(DemoAct::command).contains(new SendSuggestionOpinion(suggestionId(), FINANCE,
                DemoTexts.CO_UNIT_OPINION, 4L));
    }

    @Test
    void shouldReplyWithAClassOnceDiscussedAndEveryOpinionIn() {
        Optional<DemoAct> act = next(0.5, suggestion(drafted(), submittedSuggestion(), acceptedSuggestion(),
                assigned(), new SuggestionDiscussedWithDeputy(suggestionId(), HOUSING, "见面"),
                new SuggestionOpinionSent(suggestionId(), FINANCE, HOUSING, "配合")));

        ReplyToSuggestion reply = (ReplyToSuggestion) act.orElseThrow().command();
        assertThat(reply.unitId()).isEqualTo(HOUSING);
        assertThat(reply.result()).isEqualTo(HandlingResult.SOLVED_OR_ADOPTED);
        assertThat(reply.expectedVersion()).isEqualTo(5L);
    }

    @Test
    void shouldMeetTheDeputyAgainWhenASuggestionIsHandledAgain() {
        Optional<DemoAct> act = next(0.5, suggestion(drafted(), submittedSuggestion(), acceptedSuggestion(),
                assigned(), new SuggestionDiscussedWithDeputy(suggestionId(), HOUSING, "见面"),
                new SuggestionOpinionSent(suggestionId(), FINANCE, HOUSING, "配合"),
                new SuggestionReplied(suggestionId(), HOUSING, HandlingResult.BEING_SOLVED_OR_PLANNED, "正在", 1, true),
                new SuggestionRated(suggestionId(), Satisfaction.UNSATISFIED, 1, "不满意"),
                new SuggestionReopened(suggestionId(), 2, NOW.plus(Duration.ofDays(90)),
                        NOW.plus(Duration.ofDays(180)))));

        assertThat(act).map(DemoAct::command).containsInstanceOf(DiscussSuggestionWithDeputy.class);
    }

    @Test
    void shouldRateARepliedSuggestionAndCloseARatedOne() {
        CaseHistory replied = suggestion(drafted(), submittedSuggestion(), acceptedSuggestion(), assigned(),
                new SuggestionReplied(suggestionId(), HOUSING, HandlingResult.SOLVED_OR_ADOPTED, "已解决", 1, true));
        CaseHistory rated = suggestion(drafted(), submittedSuggestion(), acceptedSuggestion(), assigned(),
                new SuggestionReplied(suggestionId(), HOUSING, HandlingResult.SOLVED_OR_ADOPTED, "已解决", 1, true),
                new SuggestionRated(suggestionId(), Satisfaction.SATISFIED, 1, "满意"));

        assertThat(next(0.5, replied)).map(DemoAct::command).containsInstanceOf(RateSuggestion.class);
        assertThat(next(0.5, rated)).map(DemoAct::command).contains(new CloseSuggestion(suggestionId(),
                DemoTexts.CLOSE_SUGGESTION, 5L));
    }

    // ---------------------------------------------------------------------------------------------- mediation

    @Test
    void shouldAssignAMediatorFromThePoolWhoWorksInTheDisputesTown() {
        Optional<DemoAct> act = next(0.5, mediation(NOW.minus(Duration.ofDays(1)), referred(NOW)));

        assertThat(act).map(DemoAct::command).contains(new AssignMediators(mediationId(), List.of(VILLAGE_MEDIATOR),
                DemoTexts.ASSIGN_MEDIATORS, 0L));
    }

    @Test
    void shouldRecordTheFirstSessionAtAnHourThatHasPassedButNotBeforeTheReferral() {
        Instant referredAt = NOW.minus(Duration.ofMinutes(5));
        Optional<DemoAct> act = next(0.5, mediation(referredAt, referred(NOW.plus(Duration.ofDays(30))),
                new MediatorsAssigned(mediationId(), List.of(VILLAGE_MEDIATOR), null)));

        RecordMediationSession session = (RecordMediationSession) act.orElseThrow().command();
        assertThat(session.mediatorId()).isEqualTo(VILLAGE_MEDIATOR);
        assertThat(session.heldAt()).isEqualTo(referredAt);
    }

    @Test
    void shouldSettleMostCasesOnceTheyHadASession() {
        Optional<DemoAct> act = next(0.5, mediation(NOW.minus(Duration.ofDays(3)),
                referred(NOW.plus(Duration.ofDays(27))),
                new MediatorsAssigned(mediationId(), List.of(VILLAGE_MEDIATOR), null),
                new MediationSessionHeld(mediationId(), 1, VILLAGE_MEDIATOR, NOW.minus(Duration.ofDays(1)), "工作室",
                        "协商")));

        SettleMediationCase settled = (SettleMediationCase) act.orElseThrow().command();
        assertThat(settled.settledAmount()).isEqualByComparingTo("6000.00");
    }

    @Test
    void shouldExtendOnlyWhileThePeriodStillRuns() {
        CaseHistory running = mediation(NOW.minus(Duration.ofDays(28)), referred(NOW.plus(Duration.ofDays(2))),
                new MediatorsAssigned(mediationId(), List.of(VILLAGE_MEDIATOR), null));
        CaseHistory lapsed = mediation(NOW.minus(Duration.ofDays(31)), referred(NOW.minus(Duration.ofDays(1))),
                new MediatorsAssigned(mediationId(), List.of(VILLAGE_MEDIATOR), null));

        assertThat(next(0.1, running)).map(DemoAct::command).containsInstanceOf(ExtendMediationPeriod.class);
        assertThat(next(0.1, lapsed)).map(DemoAct::command).containsInstanceOf(RecordMediationSession.class);
    }

    @Test
    void shouldVisitAWithdrawnCaseOnceAndThenLeaveIt() {
        CaseHistory withdrawn = mediation(NOW.minus(Duration.ofDays(10)), referred(NOW.plus(Duration.ofDays(20))),
                new MediatorsAssigned(mediationId(), List.of(VILLAGE_MEDIATOR), null),
                new MediationCaseWithdrawn(mediationId(), "自行和解"));
        CaseHistory visited = mediation(NOW.minus(Duration.ofDays(10)), referred(NOW.plus(Duration.ofDays(20))),
                new MediatorsAssigned(mediationId(), List.of(VILLAGE_MEDIATOR), null),
                new MediationCaseWithdrawn(mediationId(), "自行和解"),
                new MediationCaseFollowedUp(mediationId(), "回访", Satisfaction.SATISFIED));

        assertThat(next(0.5, withdrawn)).map(DemoAct::command).containsInstanceOf(FollowUpMediationCase.class);
        assertThat(next(0.5, visited)).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------- projects

    @Test
    void shouldPlanTheMilestonesOfAProjectTheTallyApproved() {
        Optional<DemoAct> act = next(0.5, project(approved()));

        PlanProjectMilestones plan = (PlanProjectMilestones) act.orElseThrow().command();
        assertThat(plan.milestones()).extracting(ProjectMilestone::name).isEqualTo(DemoDistrict.MILESTONES);
    }

    @Test
    void shouldMarkTheNextMilestoneWhenTheProgressReachesIt() {
        Optional<DemoAct> act = next(0.5, project(approved(), planned(),
                new ProjectProgressRecorded(projectId(), 35, "进展", DemoDistrict.MILESTONES.get(0))));

        assertThat(act).map(DemoAct::command).contains(new RecordProjectProgress(projectId(), 40,
                DemoTexts.progress(40, DemoDistrict.MILESTONES.get(1)), DemoDistrict.MILESTONES.get(1), 2L));
    }

    @Test
    void shouldCompleteAFinishedProjectThenRateItAndThenLeaveIt() {
        CaseHistory finished = project(approved(), planned(),
                new ProjectProgressRecorded(projectId(), 100, "完工", null));
        CaseHistory completed = project(approved(), planned(),
                new ProjectProgressRecorded(projectId(), 100, "完工", null), new ProjectCompleted(projectId(), null));
        CaseHistory rated = project(approved(), planned(),
                new ProjectProgressRecorded(projectId(), 100, "完工", null), new ProjectCompleted(projectId(), null),
                new ProjectRated(projectId(), 100, 10, 1, null));

        assertThat(next(0.5, finished)).map(DemoAct::command).containsInstanceOf(CompleteProject.class);
        assertThat(next(0.5, completed)).map(DemoAct::command).containsInstanceOf(RateProject.class);
        assertThat(next(0.5, rated)).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------- new cases

    @Test
    void shouldStartNewCasesThatTheApiWouldAccept() {
        List<Object> commands = new ArrayList<>();
        for (double draw = 0.05; draw < 1; draw += 0.1) {
            NextStep steps = new NextStep(CATALOG, new FixedRandom(draw), NOW);
            steps.newPetition(new PetitionId("demo-petition-new")).map(DemoAct::command).ifPresent(commands::add);
            steps.newMediationCase(new MediationCaseId("demo-mediation-new")).map(DemoAct::command)
                    .ifPresent(commands::add);
            steps.newSuggestion(new SuggestionId("demo-suggestion-new")).map(DemoAct::command)
                    .ifPresent(commands::add);
        }

        assertThat(commands).hasSize(30);
        assertThat(commands).allSatisfy(command -> assertThat(validator.validate(command)).isEmpty());
    }

    @Test
    void shouldStartNothingWithoutReferenceData() {
        NextStep steps = new NextStep(new DemoCatalog(List.of(), List.of(), List.of(), List.of(), List.of()),
                new Random(1), NOW);

        assertThat(steps.newPetition(new PetitionId("demo-petition-new"))).isEmpty();
        assertThat(steps.newMediationCase(new MediationCaseId("demo-mediation-new"))).isEmpty();
        assertThat(steps.newSuggestion(new SuggestionId("demo-suggestion-new"))).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------- fixtures

    private static Optional<DemoAct> next(double draw, CaseHistory history) {
        return new NextStep(CATALOG, new FixedRandom(draw), NOW).after(history);
    }

    private static CaseHistory history(String type, String id, Instant firstAt, Object... events) {
        List<Recorded> recorded = new ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            recorded.add(new Recorded(events[i], firstAt.plus(Duration.ofMinutes(i))));
        }
        return new CaseHistory(type, id, events.length - 1, recorded);
    }

    private static PetitionId petitionId() {
        return new PetitionId("demo-petition-0001");
    }

    private static CaseHistory petition(Object... events) {
        return history("Petition", petitionId().value(), NOW.minus(Duration.ofDays(5)), events);
    }

    private static PetitionSubmitted submitted(DeputyId deputy) {
        return new PetitionSubmitted(petitionId(), PetitionSource.DEPUTY_QR_CODE, COMMUNITY, deputy, null,
                new PersonRef("p-1"), LAMPS, "兴安北路社区一带多盏路灯损坏");
    }

    private static PetitionAccepted accepted() {
        return new PetitionAccepted(petitionId(), TOWN_DEPUTY, null);
    }

    private static PetitionForwarded forwarded(HandlingUnitId unit) {
        return new PetitionForwarded(petitionId(), List.of(unit), NOW.plus(Duration.ofDays(50)), null);
    }

    private static SuggestionId suggestionId() {
        return new SuggestionId("demo-suggestion-0001");
    }

    private static CaseHistory suggestion(Object... events) {
        return history("Suggestion", suggestionId().value(), NOW.minus(Duration.ofDays(60)), events);
    }

    private static SuggestionDrafted drafted() {
        return new SuggestionDrafted(suggestionId(), SuggestionKind.SUGGESTION, TOWN_DEPUTY,
                new RegionId("150102001"), OLD_ESTATES, "建议加大改造力度", null);
    }

    private static SuggestionSubmitted submittedSuggestion() {
        return new SuggestionSubmitted(suggestionId(), SessionPeriod.RECESS, 1);
    }

    private static SuggestionAccepted acceptedSuggestion() {
        return new SuggestionAccepted(suggestionId(), null);
    }

    private static SuggestionAssigned assigned() {
        return new SuggestionAssigned(suggestionId(), HOUSING, List.of(FINANCE), NOW.plus(Duration.ofDays(30)),
                NOW.plus(Duration.ofDays(120)), null);
    }

    private static MediationCaseId mediationId() {
        return new MediationCaseId("demo-mediation-0001");
    }

    private static CaseHistory mediation(Instant referredAt, Object... events) {
        return history("MediationCase", mediationId().value(), referredAt, events);
    }

    private static MediationCaseReferred referred(Instant dueAt) {
        return new MediationCaseReferred(mediationId(), COURT, DisputeType.CONTRACT, VILLAGE,
                List.of(new PersonRef("p-1"), new PersonRef("p-2")), new BigDecimal("10000.00"), "货款纠纷", dueAt);
    }

    private static LivelihoodProjectId projectId() {
        return new LivelihoodProjectId("8d3c5b0e-4a52-3c64-9f1b-2a7f3d1e6c90");
    }

    private static CaseHistory project(Object... events) {
        return history("LivelihoodProject", projectId().value(), NOW.minus(Duration.ofDays(90)), events);
    }

    private static LivelihoodProjectApproved approved() {
        return new LivelihoodProjectApproved(projectId(), new BallotId("demo-ballot-2026-150102"), "c01",
                "老旧小区改造提升工程", new RegionId("150102"), 2026, new BigDecimal("48000000.00"));
    }

    private static ProjectMilestonesPlanned planned() {
        List<ProjectMilestone> milestones = DemoDistrict.MILESTONES.stream()
                .map(name -> new ProjectMilestone(name, LocalDate.of(2026, 12, 1))).toList();
        return new ProjectMilestonesPlanned(projectId(), milestones);
    }

    /** Every draw gives the same number, so a test picks the branch it means; integers are always 0. */
    private static final class FixedRandom extends Random {

        private final double draw;

        FixedRandom(double draw) {
            this.draw = draw;
        }

        @Override
        public double nextDouble() {
            return draw;
        }

        @Override
        public int nextInt(int bound) {
            return 0;
        }

        @Override
        public boolean nextBoolean() {
            return draw < 0.5;
        }
    }
}
