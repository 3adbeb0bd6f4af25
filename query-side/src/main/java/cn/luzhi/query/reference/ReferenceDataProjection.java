package cn.luzhi.query.reference;

import cn.luzhi.events.deputy.DeputyAddedToMediatorPool;
import cn.luzhi.events.deputy.DeputyMandateTerminated;
import cn.luzhi.events.deputy.DeputyProfessionalGroupChanged;
import cn.luzhi.events.deputy.DeputyRegistered;
import cn.luzhi.events.deputy.DeputyRemovedFromMediatorPool;
import cn.luzhi.events.deputy.DeputyStatus;
import cn.luzhi.events.deputy.DeputyTermEnded;
import cn.luzhi.events.deputy.DeputyTransferred;
import cn.luzhi.events.region.RegionRegistered;
import cn.luzhi.events.region.RegionRenamed;
import cn.luzhi.events.region.RegionRetired;
import cn.luzhi.events.region.RegionStatus;
import cn.luzhi.events.station.LiaisonPointDesignated;
import cn.luzhi.events.station.LiaisonPointRevoked;
import cn.luzhi.events.station.StationClosed;
import cn.luzhi.events.station.StationMoved;
import cn.luzhi.events.station.StationOpened;
import cn.luzhi.events.station.StationRenamed;
import cn.luzhi.events.station.StationReopened;
import cn.luzhi.events.station.StationStatus;
import cn.luzhi.events.unit.HandlingUnitDeactivated;
import cn.luzhi.events.unit.HandlingUnitReactivated;
import cn.luzhi.events.unit.HandlingUnitRegistered;
import cn.luzhi.events.unit.HandlingUnitRenamed;
import cn.luzhi.events.unit.HandlingUnitStatus;
import cn.luzhi.query.common.EventContext;
import cn.luzhi.query.common.ProjectedRow;
import cn.luzhi.query.common.ReadModelTables;
import jakarta.persistence.EntityManager;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.springframework.stereotype.Component;

/**
 * Reference data read model: regions with their tree, stations, deputies and handling units, so that lists and
 * the cockpit show names and drill down district &gt; town &gt; village.
 */
@Component
@ReadModelTables(value = {"region", "station", "deputy", "handling_unit"}, aggregateRows = {
        @ReadModelTables.AggregateRows(type = "Region", table = "region", key = "region_id"),
        @ReadModelTables.AggregateRows(type = "Station", table = "station", key = "station_id"),
        @ReadModelTables.AggregateRows(type = "Deputy", table = "deputy", key = "deputy_id"),
        @ReadModelTables.AggregateRows(type = "HandlingUnit", table = "handling_unit", key = "unit_id")})
@ProcessingGroup(ReferenceDataProjection.PROCESSING_GROUP)
public class ReferenceDataProjection {

    public static final String PROCESSING_GROUP = "reference-data";

    private final EntityManager entityManager;

    public ReferenceDataProjection(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @EventHandler
    void on(RegionRegistered event, TrackedEventMessage<?> message) {
        RegionRow row = new RegionRow(event.regionId().value(), event.name(), event.level(),
                event.parentId() == null ? null : event.parentId().value(), EventContext.of(message).globalIndex());
        ProjectedRow.create(entityManager, RegionRow.class, row.regionId, row);
    }

    @EventHandler
    void on(RegionRenamed event, TrackedEventMessage<?> message) {
        update(RegionRow.class, event.regionId().value(), message, row -> row.name = event.name());
    }

    @EventHandler
    void on(RegionRetired event, TrackedEventMessage<?> message) {
        update(RegionRow.class, event.regionId().value(), message, row -> {
            row.status = RegionStatus.RETIRED;
            row.mergedIntoId = event.mergedIntoId() == null ? null : event.mergedIntoId().value();
        });
    }

    @EventHandler
    void on(StationOpened event, TrackedEventMessage<?> message) {
        StationRow row = new StationRow(event.stationId().value(), EventContext.of(message).globalIndex());
        row.name = event.name();
        row.kind = event.kind();
        row.setting = event.setting();
        row.level = event.level();
        row.regionId = event.regionId().value();
        row.address = event.address();
        row.openedOn = event.openedOn();
        ProjectedRow.create(entityManager, StationRow.class, row.stationId, row);
    }

    @EventHandler
    void on(StationRenamed event, TrackedEventMessage<?> message) {
        station(event.stationId().value(), message, row -> row.name = event.name());
    }

    @EventHandler
    void on(StationMoved event, TrackedEventMessage<?> message) {
        station(event.stationId().value(), message, row -> {
            row.regionId = event.regionId().value();
            row.address = event.address();
        });
    }

    @EventHandler
    void on(StationClosed event, TrackedEventMessage<?> message) {
        station(event.stationId().value(), message, row -> row.status = StationStatus.CLOSED);
    }

    @EventHandler
    void on(StationReopened event, TrackedEventMessage<?> message) {
        station(event.stationId().value(), message, row -> row.status = StationStatus.OPEN);
    }

    @EventHandler
    void on(LiaisonPointDesignated event, TrackedEventMessage<?> message) {
        station(event.stationId().value(), message, row -> row.liaisonPoint = true);
    }

    @EventHandler
    void on(LiaisonPointRevoked event, TrackedEventMessage<?> message) {
        station(event.stationId().value(), message, row -> row.liaisonPoint = false);
    }

    @EventHandler
    void on(DeputyRegistered event, TrackedEventMessage<?> message) {
        DeputyRow row = new DeputyRow(event.deputyId().value(), EventContext.of(message).globalIndex());
        row.name = event.name();
        row.gender = event.gender();
        row.ethnicity = event.ethnicity();
        row.level = event.level();
        row.constituency = event.constituency();
        row.stationId = event.stationId() == null ? null : event.stationId().value();
        row.professionalGroup = event.professionalGroup();
        if (event.term() != null) {
            row.termNumber = event.term().number();
            row.termStartYear = event.term().startYear();
            row.termEndYear = event.term().endYear();
        }
        ProjectedRow.create(entityManager, DeputyRow.class, row.deputyId, row);
    }

    @EventHandler
    void on(DeputyTransferred event, TrackedEventMessage<?> message) {
        deputy(event.deputyId().value(), message, row -> row.stationId = event.toStationId().value());
    }

    @EventHandler
    void on(DeputyProfessionalGroupChanged event, TrackedEventMessage<?> message) {
        deputy(event.deputyId().value(), message, row -> row.professionalGroup = event.professionalGroup());
    }

    @EventHandler
    void on(DeputyAddedToMediatorPool event, TrackedEventMessage<?> message) {
        deputy(event.deputyId().value(), message, row -> row.mediator = true);
    }

    @EventHandler
    void on(DeputyRemovedFromMediatorPool event, TrackedEventMessage<?> message) {
        deputy(event.deputyId().value(), message, row -> row.mediator = false);
    }

    @EventHandler
    void on(DeputyTermEnded event, TrackedEventMessage<?> message) {
        deputy(event.deputyId().value(), message, row -> {
            row.status = DeputyStatus.TERM_ENDED;
            row.mediator = false;
        });
    }

    @EventHandler
    void on(DeputyMandateTerminated event, TrackedEventMessage<?> message) {
        deputy(event.deputyId().value(), message, row -> {
            row.status = DeputyStatus.TERMINATED;
            row.mediator = false;
        });
    }

    @EventHandler
    void on(HandlingUnitRegistered event, TrackedEventMessage<?> message) {
        HandlingUnitRow row = new HandlingUnitRow(event.handlingUnitId().value(),
                EventContext.of(message).globalIndex());
        row.name = event.name();
        row.kind = event.kind();
        row.regionId = event.regionId() == null ? null : event.regionId().value();
        row.contactOffice = event.contactOffice();
        ProjectedRow.create(entityManager, HandlingUnitRow.class, row.unitId, row);
    }

    @EventHandler
    void on(HandlingUnitRenamed event, TrackedEventMessage<?> message) {
        unit(event.handlingUnitId().value(), message, row -> row.name = event.name());
    }

    @EventHandler
    void on(HandlingUnitDeactivated event, TrackedEventMessage<?> message) {
        unit(event.handlingUnitId().value(), message, row -> row.status = HandlingUnitStatus.INACTIVE);
    }

    @EventHandler
    void on(HandlingUnitReactivated event, TrackedEventMessage<?> message) {
        unit(event.handlingUnitId().value(), message, row -> row.status = HandlingUnitStatus.ACTIVE);
    }

    /** A rebuild starts from empty tables, or every replayed event would be skipped as already applied. */
    @ResetHandler
    void reset() {
        for (String entity : new String[] {"RegionRow", "StationRow", "DeputyRow", "HandlingUnitRow"}) {
            entityManager.createQuery("delete from " + entity).executeUpdate();
        }
    }

    private void station(String id, TrackedEventMessage<?> message, Consumer<StationRow> change) {
        update(StationRow.class, id, message, change);
    }

    private void deputy(String id, TrackedEventMessage<?> message, Consumer<DeputyRow> change) {
        update(DeputyRow.class, id, message, change);
    }

    private void unit(String id, TrackedEventMessage<?> message, Consumer<HandlingUnitRow> change) {
        update(HandlingUnitRow.class, id, message, change);
    }

    private <R extends ProjectedRow> void update(Class<R> type, String id, TrackedEventMessage<?> message,
                                                 Consumer<R> change) {
        ProjectedRow.update(entityManager, type, id, EventContext.of(message), change);
    }
}
