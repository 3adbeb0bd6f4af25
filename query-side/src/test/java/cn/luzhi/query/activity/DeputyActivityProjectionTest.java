package cn.luzhi.query.activity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.mediation.DisputeType;
import cn.luzhi.events.mediation.MediationCaseId;
import cn.luzhi.events.mediation.MediationCaseReferred;
import cn.luzhi.events.mediation.MediationSessionHeld;
import cn.luzhi.events.petition.PetitionAccepted;
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

        ActivityRow atStation = harness.read(ActivityRow.class, received);
        assertThat(atStation.kind).isEqualTo(ActivityKind.PETITION_RECEIVED_AT_STATION);
        assertThat(atStation.deputyId).isNull();
        assertThat(atStation.stationId).isEqualTo("s-1");
        ActivityRow byDeputy = harness.read(ActivityRow.class, takenUp);
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

        assertThat(harness.read(ActivityRow.class, drafted)).isNull();
        assertThat(harness.read(ActivityRow.class, coSigned).deputyId).isEqualTo("d-2");
        ActivityRow filing = harness.read(ActivityRow.class, filed);
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

        ActivityRow row = harness.read(ActivityRow.class, session);
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
}
