package cn.luzhi.query.rota;

import cn.luzhi.events.station.DutyDay;
import cn.luzhi.events.station.DutyRotaPublished;
import cn.luzhi.query.common.EventContext;
import cn.luzhi.query.common.ProjectedRow;
import cn.luzhi.query.common.ReadModelTables;
import cn.luzhi.query.reference.ReferenceDataProjection;
import jakarta.persistence.EntityManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.springframework.stereotype.Component;

/**
 * Stations' duty rotas (接待值班表). Part of the reference data's processor: the rota is a station's record, read
 * beside its name, and needs no processor of its own.
 */
@Component
@ReadModelTables(value = {"station_duty_rota", "station_duty_shift"}, aggregateRows =
        @ReadModelTables.AggregateRows(type = "Station", table = "station_duty_rota", key = "station_id",
                events = DutyRotaPublished.class, optional = true))
@ProcessingGroup(ReferenceDataProjection.PROCESSING_GROUP)
public class DutyRotaProjection {

    private final EntityManager entityManager;

    public DutyRotaProjection(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @EventHandler
    void on(DutyRotaPublished event, TrackedEventMessage<?> message) {
        EventContext context = EventContext.of(message);
        String stationId = event.stationId().value();
        if (ProjectedRow.create(entityManager, DutyRotaRow.class, stationId,
                new DutyRotaRow(stationId, context.globalIndex()))) {
            replace(entityManager.find(DutyRotaRow.class, stationId), event);
        } else {
            ProjectedRow.update(entityManager, DutyRotaRow.class, stationId, context, row -> replace(row, event));
        }
    }

    /** The publication's period is replaced as a whole: a day it leaves out has no reception any more. */
    private static void replace(DutyRotaRow row, DutyRotaPublished event) {
        row.shifts.removeIf(shift -> !shift.dutyDate.isBefore(event.from()) && !shift.dutyDate.isAfter(event.to()));
        for (DutyDay day : event.days()) {
            for (int i = 0; i < day.deputyIds().size(); i++) {
                row.shifts.add(new DutyRotaRow.Shift(day.date(), i, day.deputyIds().get(i).value(), day.hours()));
            }
        }
    }

    /** A rebuild starts from an empty table, or every replayed event would be skipped as already applied. */
    @ResetHandler
    void reset() {
        entityManager.createNativeQuery("DELETE FROM station_duty_rota").executeUpdate();
    }
}
