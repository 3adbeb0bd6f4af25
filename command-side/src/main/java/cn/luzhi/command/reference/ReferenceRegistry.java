package cn.luzhi.command.reference;

import cn.luzhi.events.deputy.DeputyAddedToMediatorPool;
import cn.luzhi.events.deputy.DeputyRemovedFromMediatorPool;
import cn.luzhi.events.station.LiaisonPointDesignated;
import cn.luzhi.events.station.LiaisonPointRevoked;
import cn.luzhi.events.unit.HandlingUnitKind;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Answers "is this region, station, deputy or unit in use?" from the records' own events in the event store,
 * within the command's transaction: no copy to keep in step, and the unique (aggregate, sequence) index makes
 * each answer a short index scan.
 */
@Repository
class ReferenceRegistry {

    private final JdbcClient jdbc;

    ReferenceRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isUsable(ReferenceKind kind, String id) {
        return latestOf(id, kind.statusEvents()).filter(kind::usableAfter).isPresent();
    }

    boolean isInMediatorPool(String deputyId) {
        return latestOf(deputyId, List.of(DeputyAddedToMediatorPool.class.getName(),
                DeputyRemovedFromMediatorPool.class.getName()))
                .filter(DeputyAddedToMediatorPool.class.getName()::equals).isPresent();
    }

    boolean isLiaisonPoint(String stationId) {
        return latestOf(stationId, List.of(LiaisonPointDesignated.class.getName(), LiaisonPointRevoked.class.getName()))
                .filter(LiaisonPointDesignated.class.getName()::equals).isPresent();
    }

    Optional<HandlingUnitKind> unitKind(String unitId) {
        return jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8')::jsonb ->> 'kind' FROM domain_event_entry
                         WHERE aggregate_identifier = :id AND sequence_number = 0 AND payload_type = :registered""")
                .param("id", unitId)
                .param("registered", ReferenceKind.UNIT.registeredEvent())
                .query(String.class).optional().map(HandlingUnitKind::valueOf);
    }

    private Optional<String> latestOf(String aggregateId, List<String> payloadTypes) {
        return jdbc.sql("""
                        SELECT payload_type FROM domain_event_entry
                         WHERE aggregate_identifier = :id AND payload_type IN (:types)
                         ORDER BY sequence_number DESC LIMIT 1""")
                .param("id", aggregateId)
                .param("types", payloadTypes)
                .query(String.class).optional();
    }
}
