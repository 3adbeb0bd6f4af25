package cn.luzhi.query.activity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.ballot.BallotCreated;
import cn.luzhi.events.ballot.BallotId;
import cn.luzhi.events.ballot.BallotLevel;
import cn.luzhi.events.ballot.DeputyCheckedIn;
import cn.luzhi.events.ballot.LivelihoodProjectApproved;
import cn.luzhi.events.ballot.LivelihoodProjectId;
import cn.luzhi.events.ballot.ProjectInspected;
import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.duty.DeputyCheckedInToActivity;
import cn.luzhi.events.duty.DutyActivityClosed;
import cn.luzhi.events.duty.DutyActivityId;
import cn.luzhi.events.duty.DutyActivityKind;
import cn.luzhi.events.duty.DutyActivityScheduled;
import cn.luzhi.events.mediation.DisputeType;
import cn.luzhi.events.mediation.MediationCaseId;
import cn.luzhi.events.mediation.MediationCaseReferred;
import cn.luzhi.events.mediation.MediationCaseSettled;
import cn.luzhi.events.mediation.MediationSessionHeld;
import cn.luzhi.events.mediation.MediatorReleased;
import cn.luzhi.events.mediation.MediatorsAssigned;
import cn.luzhi.events.petition.PetitionAccepted;
import cn.luzhi.events.petition.PetitionClosed;
import cn.luzhi.events.petition.PetitionReopened;
import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.petition.PetitionSource;
import cn.luzhi.events.petition.PetitionSubmitted;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.station.StationId;
import cn.luzhi.events.suggestion.SessionPeriod;
import cn.luzhi.events.suggestion.SuggestionCoSigned;
import cn.luzhi.events.suggestion.SuggestionDrafted;
import cn.luzhi.events.suggestion.SuggestionId;
import cn.luzhi.events.suggestion.SuggestionKind;
import cn.luzhi.events.suggestion.SuggestionSubmitted;
import cn.luzhi.events.unit.HandlingUnitId;
import cn.luzhi.query.common.CaseType;
import cn.luzhi.query.common.FiguresChanged;
import cn.luzhi.query.support.Events;
import cn.luzhi.query.support.ProjectionHarness;
import cn.luzhi.query.support.ReadModelDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeputyActivityProjectionTest {

    private static final Instant AT = Instant.parse("2026-03-01T02:00:00Z");
    private static final DeputyId D1 = DeputyId.of("d-1");

    private ProjectionHarness harness;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness(DeputyActivityProjection::new);
    }

    @Test
    void shouldCreditThePetitionToItsStationAndTakingItUpToTheDeputy() {
        long received = harness.apply(AT, new PetitionSubmitted(PetitionId.of("p-1"), PetitionSource.STATION_VISIT,
                RegionId.of("150102001"), null, StationId.of("s-1"), PersonRef.of("person-1"), "路灯", "不亮"));
        long takenUp = harness.apply(AT, new PetitionAccepted(PetitionId.of("p-1"), D1, null));

        ActivityRow atStation = harness.read(ActivityRow.class, new ActivityRow.Key(received, 0));
        assertThat(atStation.kind).isEqualTo(ActivityKind.PETITION_RECEIVED_AT_STATION);
        assertThat(atStation.deputyId).isNull();
        assertThat(atStation.stationId).isEqualTo("s-1");
        ActivityRow byDeputy = harness.read(ActivityRow.class, new ActivityRow.Key(takenUp, 0));
        assertThat(byDeputy.kind).isEqualTo(ActivityKind.PETITION_TAKEN_UP);
        assertThat(byDeputy.deputyId).isEqualTo("d-1");
        assertThat(byDeputy.stationId).isEqualTo("s-1");
        assertThat(byDeputy.regionId).isEqualTo("150102001");
        assertThat(byDeputy.caseType).isEqualTo(CaseType.PETITION);
        assertThat(byDeputy.occurredAt).isEqualTo(AT);
    }

    @Test
    void shouldCreditFilingToTheLeadDeputyWhenTheSuggestionIsSubmitted() {
        SuggestionId suggestion = SuggestionId.of("g-1");
        long drafted = harness.apply(AT, new SuggestionDrafted(suggestion, SuggestionKind.SUGGESTION, D1,
                RegionId.of("150102002"), "建议", "内容", null));
        long coSigned = harness.apply(AT, new SuggestionCoSigned(suggestion, DeputyId.of("d-2")));
        long filed = harness.apply(AT, new SuggestionSubmitted(suggestion, SessionPeriod.RECESS, 2));

        assertThat(harness.read(ActivityRow.class, new ActivityRow.Key(drafted, 0))).isNull();
        assertThat(harness.read(ActivityRow.class, new ActivityRow.Key(coSigned, 0)).deputyId).isEqualTo("d-2");
        ActivityRow filing = harness.read(ActivityRow.class, new ActivityRow.Key(filed, 0));
        assertThat(filing.kind).isEqualTo(ActivityKind.SUGGESTION_FILED);
        assertThat(filing.deputyId).isEqualTo("d-1");
        assertThat(filing.regionId).isEqualTo("150102002");
    }

    @Test
    void shouldCreditEachMediationSessionToItsMediator() {
        MediationCaseId mediationCase = MediationCaseId.of("m-1");
        harness.apply(AT, new MediationCaseReferred(mediationCase, HandlingUnitId.of("c-1"), DisputeType.LABOUR,
                RegionId.of("150102001"), List.of(PersonRef.of("party-a")), BigDecimal.TEN.setScale(2), "劳动争议",
                AT.plusSeconds(86_400 * 30L)));
        long session = harness.apply(AT, new MediationSessionHeld(mediationCase, 1, D1, AT, "代表之家", "调解"));

        ActivityRow row = harness.read(ActivityRow.class, new ActivityRow.Key(session, 0));
        assertThat(row.kind).isEqualTo(ActivityKind.MEDIATION_SESSION_HELD);
        assertThat(row.caseType).isEqualTo(CaseType.MEDIATION);
        assertThat(harness.announced()).singleElement().isInstanceOfSatisfying(FiguresChanged.class,
                change -> assertThat(change.event().globalIndex()).isEqualTo(session));
    }

    @Test
    void shouldRecordARedeliveredActOnlyOnce() {
        harness.apply(AT, new PetitionSubmitted(PetitionId.of("p-1"), PetitionSource.LETTER_OR_PHONE,
                RegionId.of("150102001"), null, null, PersonRef.of("person-1"), "路灯", "不亮"));
        long takenUp = harness.apply(AT, new PetitionAccepted(PetitionId.of("p-1"), D1, null));
        harness.deliver(Events.tracked(takenUp, AT, new PetitionAccepted(PetitionId.of("p-1"), D1, null)));

        Long acts = ReadModelDatabase.query(entityManager -> entityManager
                .createQuery("select count(a) from ActivityRow a", Long.class).getSingleResult());
        assertThat(acts).isEqualTo(1);
        assertThat(harness.announced()).hasSize(1);
    }

    @Test
    void shouldCreditTheClosingOnceToTheDeputyWhoTookThePetitionUp() {
        PetitionId petition = PetitionId.of("p-1");
        harness.apply(AT, new PetitionSubmitted(petition, PetitionSource.LETTER_OR_PHONE, RegionId.of("150102001"),
                null, null, PersonRef.of("person-1"), "路灯", "不亮"));
        harness.apply(AT, new PetitionAccepted(petition, D1, null));
        long closed = harness.apply(AT, new PetitionClosed(petition, Satisfaction.SATISFIED, null));
        harness.apply(AT, new PetitionReopened(petition, 2));
        long closedAgain = harness.apply(AT, new PetitionClosed(petition, null, null));

        ActivityRow closing = harness.read(ActivityRow.class, new ActivityRow.Key(closed, 0));
        assertThat(closing.kind).isEqualTo(ActivityKind.PETITION_CLOSED);
        assertThat(closing.deputyId).isEqualTo("d-1");
        assertThat(harness.read(ActivityRow.class, new ActivityRow.Key(closedAgain, 0))).isNull();
    }

    @Test
    void shouldCreditASettlementToEachMediatorStillOnTheCase() {
        MediationCaseId mediationCase = MediationCaseId.of("m-1");
        harness.apply(AT, new MediationCaseReferred(mediationCase, HandlingUnitId.of("c-1"), DisputeType.LABOUR,
                RegionId.of("150102001"), List.of(PersonRef.of("party-a")), BigDecimal.TEN.setScale(2), "劳动争议",
                AT.plusSeconds(86_400 * 30L)));
        harness.apply(AT, new MediatorsAssigned(mediationCase, List.of(D1, DeputyId.of("d-2"), DeputyId.of("d-3")),
                null));
        harness.apply(AT, new MediatorReleased(mediationCase, DeputyId.of("d-2"), "回避"));
        long settled = harness.apply(AT, new MediationCaseSettled(mediationCase, "协议", null));

        assertThat(deputiesCredited(settled)).containsExactly("d-1", "d-3");
        assertThat(harness.read(ActivityRow.class, new ActivityRow.Key(settled, 1)).kind)
                .isEqualTo(ActivityKind.MEDIATION_SETTLED);
    }

    @Test
    void shouldCreditTheBallotCheckInAndEveryInspectingDeputy() {
        BallotId ballot = BallotId.of("b-1");
        harness.apply(AT, new BallotCreated(ballot, RegionId.of("150102"), 2026, BallotLevel.TOWN, "民生实事票选"));
        long checkedIn = harness.apply(AT, new DeputyCheckedIn(ballot, D1));
        LivelihoodProjectId project = LivelihoodProjectId.of("lp-1");
        harness.apply(AT, new LivelihoodProjectApproved(project, ballot, "c-1", "改造", RegionId.of("150102"), 2026,
                BigDecimal.ONE));
        long inspected = harness.apply(AT, new ProjectInspected(project, List.of(D1, DeputyId.of("d-2")),
                LocalDate.of(2026, 3, 1), "进度正常"));

        ActivityRow attended = harness.read(ActivityRow.class, new ActivityRow.Key(checkedIn, 0));
        assertThat(attended.kind).isEqualTo(ActivityKind.BALLOT_ATTENDED);
        assertThat(attended.caseType).isEqualTo(CaseType.BALLOT);
        assertThat(deputiesCredited(inspected)).containsExactly("d-1", "d-2");
        assertThat(harness.read(ActivityRow.class, new ActivityRow.Key(inspected, 0)).caseType)
                .isEqualTo(CaseType.PROJECT);
    }

    @Test
    void shouldEarnPointsForEveryKindOfDeputyAct() {
        PointsProperties defaults = new PointsProperties(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);

        for (ActivityKind kind : ActivityKind.values()) {
            if (kind != ActivityKind.PETITION_RECEIVED_AT_STATION) {
                assertThat(defaults.pointsFor(kind)).as(kind.name()).isPositive();
            }
        }
    }

    @Test
    void shouldCreditTheDeputiesPresentWhenTheActivityClosesWithItsKind() {
        DutyActivityId activity = DutyActivityId.of("a-1");
        harness.apply(AT, new DutyActivityScheduled(activity, DutyActivityKind.LAW_ENFORCEMENT_CHECK, "执法检查",
                AT, AT.plusSeconds(3_600), "区政府", RegionId.of("150102"), List.of(D1, DeputyId.of("d-2")), false));
        long checkedIn = harness.apply(AT, new DeputyCheckedInToActivity(activity, D1));
        long closed = harness.apply(AT, new DutyActivityClosed(activity, List.of(D1)));

        assertThat(harness.read(ActivityRow.class, new ActivityRow.Key(checkedIn, 0))).isNull();
        assertThat(deputiesCredited(closed)).containsExactly("d-1");
        ActivityRow attended = harness.read(ActivityRow.class, new ActivityRow.Key(closed, 0));
        assertThat(attended.kind).isEqualTo(ActivityKind.ACTIVITY_LAW_CHECK);
        assertThat(attended.caseType).isEqualTo(CaseType.DUTY_ACTIVITY);
    }

    private List<String> deputiesCredited(long globalIndex) {
        return ReadModelDatabase.query(entityManager -> entityManager.createQuery(
                        "select a.deputyId from ActivityRow a where a.globalIndex = :index order by a.share", String.class)
                .setParameter("index", globalIndex).getResultList());
    }
}
