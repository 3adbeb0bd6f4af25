package cn.luzhi.query.audit;

import cn.luzhi.events.ballot.BallotCreated;
import cn.luzhi.events.ballot.LivelihoodProjectApproved;
import cn.luzhi.events.common.MetadataKeys;
import cn.luzhi.events.mediation.MediationCaseReferred;
import cn.luzhi.events.petition.PetitionSubmitted;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.region.RegionRegistered;
import cn.luzhi.events.station.StationMoved;
import cn.luzhi.events.station.StationOpened;
import cn.luzhi.events.suggestion.SuggestionDrafted;
import cn.luzhi.events.unit.HandlingUnitRegistered;
import cn.luzhi.query.common.EventContext;
import cn.luzhi.query.common.ReadModelTables;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Function;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.hibernate.Session;
import org.springframework.stereotype.Component;

/**
 * The global audit log's index: one row per event of the store, whatever its type, with the facts an auditor
 * searches by. The region of an event is its case's: the event that creates a case (or moves a station) names
 * it, and every later event of the case takes it from {@code audit_case}. Events of one case reach this
 * projection in order (the processor's segments split by aggregate), so the case's region is known by then.
 * <p>
 * Rows are written with plain JDBC on the projection's own connection and transaction: one insert per event
 * keeps a replay of a million events quick, and an event already indexed (the global index is the key) is
 * skipped.
 */
@Component
// Every event of the store has its row under its own global index, naming it by its identifier. A case's row
// follows the events that name its region; a unit registered without a region has none.
@ReadModelTables(value = {"audit_entry", "audit_case"}, eventRowsTable = "audit_entry", eventRows = Object.class,
        eventRowsEventId = "event_id", aggregateRows = {
        @ReadModelTables.AggregateRows(type = "Petition", table = "audit_case", key = "case_id",
                events = PetitionSubmitted.class, folded = "region_id"),
        @ReadModelTables.AggregateRows(type = "Suggestion", table = "audit_case", key = "case_id",
                events = SuggestionDrafted.class, folded = "region_id"),
        @ReadModelTables.AggregateRows(type = "MediationCase", table = "audit_case", key = "case_id",
                events = MediationCaseReferred.class, folded = "region_id"),
        @ReadModelTables.AggregateRows(type = "Ballot", table = "audit_case", key = "case_id",
                events = BallotCreated.class, folded = "region_id"),
        @ReadModelTables.AggregateRows(type = "LivelihoodProject", table = "audit_case", key = "case_id",
                events = LivelihoodProjectApproved.class, folded = "region_id"),
        @ReadModelTables.AggregateRows(type = "Region", table = "audit_case", key = "case_id",
                events = RegionRegistered.class),
        @ReadModelTables.AggregateRows(type = "Station", table = "audit_case", key = "case_id",
                events = {StationOpened.class, StationMoved.class}),
        @ReadModelTables.AggregateRows(type = "HandlingUnit", table = "audit_case", key = "case_id",
                events = HandlingUnitRegistered.class, optional = true)})
@ProcessingGroup(AuditLogProjection.PROCESSING_GROUP)
public class AuditLogProjection {

    public static final String PROCESSING_GROUP = "audit-log";

    /** The events that name the region of the case they belong to. */
    private static final Map<Class<?>, Function<Object, RegionId>> REGION_NAMED = Map.ofEntries(
            named(PetitionSubmitted.class, PetitionSubmitted::regionId),
            named(SuggestionDrafted.class, SuggestionDrafted::regionId),
            named(MediationCaseReferred.class, MediationCaseReferred::regionId),
            named(BallotCreated.class, BallotCreated::regionId),
            named(LivelihoodProjectApproved.class, LivelihoodProjectApproved::regionId),
            named(RegionRegistered.class, RegionRegistered::regionId),
            named(StationOpened.class, StationOpened::regionId),
            named(StationMoved.class, StationMoved::regionId),
            named(HandlingUnitRegistered.class, HandlingUnitRegistered::regionId));

    private final EntityManager entityManager;

    public AuditLogProjection(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @EventHandler
    void on(Object payload, TrackedEventMessage<?> message) {
        EventContext context = EventContext.of(message);
        String caseType = AuditLogCaseType.of(payload.getClass()).map(Enum::name).orElse(null);
        String caseId = caseType == null ? null : AuditLogCaseType.caseId(payload).orElse(null);
        entityManager.unwrap(Session.class).doWork(connection -> {
            String regionId = caseId == null ? null : region(connection, payload, caseType, caseId, context);
            insert(connection, message, context, caseType, caseId, regionId);
        });
    }

    /** A rebuild starts from empty tables, or every replayed event would be skipped as already indexed. */
    @ResetHandler
    void reset() {
        entityManager.createNativeQuery("DELETE FROM audit_entry").executeUpdate();
        entityManager.createNativeQuery("DELETE FROM audit_case").executeUpdate();
    }

    private static String region(Connection connection, Object payload, String caseType, String caseId,
                                 EventContext context) throws SQLException {
        Function<Object, RegionId> named = REGION_NAMED.get(payload.getClass());
        RegionId region = named == null ? null : named.apply(payload);
        if (region == null) {
            return knownRegion(connection, caseType, caseId);
        }
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO audit_case (case_type, case_id, region_id, last_global_index) VALUES (?, ?, ?, ?)
                ON CONFLICT (case_type, case_id) DO UPDATE
                SET region_id = EXCLUDED.region_id, last_global_index = EXCLUDED.last_global_index
                WHERE audit_case.last_global_index < EXCLUDED.last_global_index""")) {
            upsert.setString(1, caseType);
            upsert.setString(2, caseId);
            upsert.setString(3, region.value());
            upsert.setLong(4, context.globalIndex());
            upsert.executeUpdate();
        }
        return region.value();
    }

    private static String knownRegion(Connection connection, String caseType, String caseId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT region_id FROM audit_case WHERE case_type = ? AND case_id = ?")) {
            select.setString(1, caseType);
            select.setString(2, caseId);
            try (ResultSet found = select.executeQuery()) {
                return found.next() ? found.getString(1) : null;
            }
        }
    }

    private static void insert(Connection connection, TrackedEventMessage<?> message, EventContext context,
                               String caseType, String caseId, String regionId) throws SQLException {
        MetaData metaData = message.getMetaData();
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO audit_entry (global_index, event_id, occurred_at, case_type, case_id, event_type,
                                         actor_id, actor_name, actor_role, region_id, reason, command_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (global_index) DO NOTHING""")) {
            insert.setLong(1, context.globalIndex());
            insert.setString(2, message.getIdentifier());
            insert.setObject(3, context.at().atOffset(ZoneOffset.UTC));
            setText(insert, 4, caseType);
            setText(insert, 5, caseId);
            insert.setString(6, message.getPayloadType().getSimpleName());
            setText(insert, 7, metaData.get(MetadataKeys.ACTOR_ID));
            setText(insert, 8, metaData.get(MetadataKeys.ACTOR_NAME));
            setText(insert, 9, metaData.get(MetadataKeys.ACTOR_ROLE));
            setText(insert, 10, regionId);
            setText(insert, 11, metaData.get(MetadataKeys.REASON));
            setText(insert, 12, metaData.get(MetadataKeys.COMMAND_ID));
            insert.executeUpdate();
        }
    }

    private static void setText(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value.toString());
        }
    }

    private static <E> Map.Entry<Class<?>, Function<Object, RegionId>> named(Class<E> type,
                                                                            Function<E, RegionId> region) {
        return Map.entry(type, event -> region.apply(type.cast(event)));
    }
}
