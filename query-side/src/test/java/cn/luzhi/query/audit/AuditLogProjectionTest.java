package cn.luzhi.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.common.MetadataKeys;
import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.personaldata.PersonalDataForgotten;
import cn.luzhi.events.petition.PetitionAccepted;
import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.petition.PetitionSource;
import cn.luzhi.events.petition.PetitionStatus;
import cn.luzhi.events.petition.PetitionSubmitted;
import cn.luzhi.events.petition.PetitionUrged;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.region.RegionTier;
import cn.luzhi.events.station.StationId;
import cn.luzhi.events.station.StationKind;
import cn.luzhi.events.station.StationMoved;
import cn.luzhi.events.station.StationOpened;
import cn.luzhi.events.station.StationRenamed;
import cn.luzhi.events.station.StationSetting;
import cn.luzhi.query.support.Events;
import cn.luzhi.query.support.ProjectionHarness;
import cn.luzhi.query.support.ReadModelDatabase;
import java.time.Instant;
import java.time.LocalDate;
import jakarta.persistence.Tuple;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditLogProjectionTest {

    private static final Instant AT = Instant.parse("2026-03-01T02:00:00Z");
    private static final PetitionId P1 = PetitionId.of("p-1");

    private ProjectionHarness harness;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness((entityManager, changes) -> new AuditLogProjection(entityManager));
        ReadModelDatabase.inTransaction(entityManager ->
                entityManager.createNativeQuery("TRUNCATE read.audit_entry, read.audit_case").executeUpdate());
    }

    @Test
    void shouldIndexWhoDidWhatWhenAndWhyFromTheEventsMetadata() {
        harness.deliver(withMetaData(Events.tracked(7, AT, submitted()), Map.of(MetadataKeys.ACTOR_ID, "clerk-9",
                MetadataKeys.ACTOR_NAME, "王芳", MetadataKeys.ACTOR_ROLE, "CLERK", MetadataKeys.REASON, "来电登记",
                MetadataKeys.COMMAND_ID, "cmd-7")));

        Map<String, Object> row = row(7);
        assertThat(row).containsEntry("event_id", "event-7")
                .containsEntry("case_type", "PETITION")
                .containsEntry("case_id", "p-1")
                .containsEntry("event_type", "PetitionSubmitted")
                .containsEntry("actor_id", "clerk-9")
                .containsEntry("actor_name", "王芳")
                .containsEntry("actor_role", "CLERK")
                .containsEntry("region_id", "150102001")
                .containsEntry("reason", "来电登记")
                .containsEntry("command_id", "cmd-7");
        assertThat(instant(row.get("occurred_at"))).isEqualTo(AT);
    }

    @Test
    void shouldGiveLaterEventsOfACaseTheRegionItsSubmissionNamed() {
        harness.apply(AT, submitted());
        long accepted = harness.apply(AT, new PetitionAccepted(P1, DeputyId.of("d-1"), null));
        long urged = harness.apply(AT, new PetitionUrged(P1, PetitionStatus.ACCEPTED, "请尽快办理"));

        assertThat(row(accepted)).containsEntry("region_id", "150102001").containsEntry("case_id", "p-1");
        assertThat(row(urged)).containsEntry("region_id", "150102001").containsEntry("event_type", "PetitionUrged");
    }

    @Test
    void shouldFollowAStationToTheRegionItMovedTo() {
        StationId station = StationId.of("s-1");
        harness.apply(AT, new StationOpened(station, "东城镇代表之家", StationKind.HOME, StationSetting.TOWN,
                RegionTier.TOWNSHIP, RegionId.of("150102001"), "人民路1号", LocalDate.of(2025, 6, 1), "qr-s-1"));
        long before = harness.apply(AT, new StationRenamed(station, "东城镇代表之家", "东城代表之家"));
        long moved = harness.apply(AT, new StationMoved(station, RegionId.of("150102001"), "人民路1号",
                RegionId.of("150102002"), "建设路2号"));
        long after = harness.apply(AT, new StationRenamed(station, "东城代表之家", "西城代表之家"));

        assertThat(row(before)).containsEntry("region_id", "150102001").containsEntry("case_type", "STATION");
        assertThat(row(moved)).containsEntry("region_id", "150102002");
        assertThat(row(after)).containsEntry("region_id", "150102002");
    }

    @Test
    void shouldIndexAnEventThatBelongsToNoCaseWithoutARegion() {
        long forgotten = harness.apply(AT, new PersonalDataForgotten(PersonRef.of("person-1"), "本人申请"));

        assertThat(row(forgotten)).containsEntry("case_type", "PERSONAL_DATA")
                .containsEntry("case_id", "person-1")
                .containsEntry("event_type", "PersonalDataForgotten")
                .containsEntry("region_id", null);
    }

    @Test
    void shouldSkipARedeliveredEvent() {
        harness.apply(AT, submitted());
        long accepted = harness.apply(AT, new PetitionAccepted(P1, DeputyId.of("d-1"), null));
        harness.deliver(withMetaData(Events.tracked(accepted, AT.plusSeconds(60), new PetitionAccepted(P1,
                DeputyId.of("d-2"), null)), Map.of(MetadataKeys.ACTOR_NAME, "重复投递")));

        assertThat(count()).isEqualTo(2);
        assertThat(row(accepted)).containsEntry("actor_name", "王芳");
    }

    @Test
    void shouldStartFromNothingOnReset() {
        harness.apply(AT, submitted());

        harness.reset();

        assertThat(count()).isZero();
        long accepted = harness.apply(AT, new PetitionAccepted(P1, DeputyId.of("d-1"), null));
        assertThat(row(accepted)).containsEntry("region_id", null);
    }

    /** The tracked message's own type keeps its tracking token when metadata is added. */
    private static TrackedEventMessage<?> withMetaData(TrackedEventMessage<?> event, Map<String, ?> metaData) {
        return (TrackedEventMessage<?>) event.andMetaData(metaData);
    }

    private static PetitionSubmitted submitted() {
        return new PetitionSubmitted(P1, PetitionSource.LETTER_OR_PHONE, RegionId.of("150102001"), null, null,
                PersonRef.of("person-1"), "路灯", "不亮");
    }

    private static Map<String, Object> row(long globalIndex) {
        return ReadModelDatabase.query(entityManager -> {
            @SuppressWarnings("unchecked")
            List<Tuple> rows = entityManager.createNativeQuery(
                            "SELECT * FROM read.audit_entry WHERE global_index = ?", Tuple.class)
                    .setParameter(1, globalIndex).getResultList();
            assertThat(rows).as("row of event " + globalIndex).hasSize(1);
            HashMap<String, Object> values = new HashMap<>();
            rows.get(0).getElements().forEach(element -> values.put(element.getAlias(),
                    rows.get(0).get(element.getAlias())));
            return values;
        });
    }

    private static Instant instant(Object timestamp) {
        return timestamp instanceof OffsetDateTime offset ? offset.toInstant()
                : timestamp instanceof java.sql.Timestamp sql ? sql.toInstant() : (Instant) timestamp;
    }

    private static long count() {
        return ReadModelDatabase.query(entityManager -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM read.audit_entry").getSingleResult()).longValue());
    }
}
