package cn.luzhi.query.reception;

import cn.luzhi.events.reception.ReceptionId;
import cn.luzhi.events.reception.ReceptionIssueAnswered;
import cn.luzhi.events.reception.ReceptionIssueTurnedIntoPetition;
import cn.luzhi.events.reception.ReceptionLifecycle;
import cn.luzhi.events.reception.ReceptionRecorded;
import cn.luzhi.events.reception.ReceptionState;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.query.common.EventContext;
import cn.luzhi.query.common.FiguresChanged;
import cn.luzhi.query.common.ProjectedRow;
import cn.luzhi.query.common.ReadModelTables;
import jakarta.persistence.EntityManager;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Reception list, page and figures read model (进家接待). The status comes from the lifecycle. */
@Component
@ReadModelTables(value = {"reception", "reception_deputy", "reception_issue"},
        aggregateRows = @ReadModelTables.AggregateRows(type = "Reception", table = "reception", key = "reception_id"))
@ProcessingGroup(ReceptionProjection.PROCESSING_GROUP)
public class ReceptionProjection {

    public static final String PROCESSING_GROUP = "receptions";

    /** The cockpit summary's key for the reception figures. */
    static final String COCKPIT_SECTION = "receptions";

    private final EntityManager entityManager;
    private final ApplicationEventPublisher changes;

    public ReceptionProjection(EntityManager entityManager, ApplicationEventPublisher changes) {
        this.entityManager = entityManager;
        this.changes = changes;
    }

    @EventHandler
    void on(ReceptionRecorded event, TrackedEventMessage<?> message) {
        EventContext context = EventContext.of(message);
        ReceptionRow row = new ReceptionRow(event.receptionId().value(), context.globalIndex());
        row.status = ReceptionLifecycle.evolve(ReceptionState.NONE, event).status();
        row.stationId = event.stationId().value();
        row.receivedAt = event.receivedAt();
        row.citizensReceived = event.citizensReceived();
        row.recordedAt = context.at();
        event.deputyIds().stream().map(DeputyId::value).forEach(row.deputyIds::add);
        for (int i = 0; i < event.issues().size(); i++) {
            row.issues.add(new ReceptionRow.Issue(i + 1, event.issues().get(i).text(), event.issues().get(i).answer()));
        }
        if (ProjectedRow.create(entityManager, ReceptionRow.class, row.receptionId, row)) {
            changes.publishEvent(new FiguresChanged(context, COCKPIT_SECTION));
        }
    }

    @EventHandler
    void on(ReceptionIssueAnswered event, TrackedEventMessage<?> message) {
        update(event.receptionId(), message, event, row -> issue(row, event.issueNumber()).answer = event.answer());
    }

    @EventHandler
    void on(ReceptionIssueTurnedIntoPetition event, TrackedEventMessage<?> message) {
        update(event.receptionId(), message, event,
                row -> issue(row, event.issueNumber()).petitionId = event.petitionId().value());
    }

    /** A rebuild starts from an empty table, or every replayed event would be skipped as already applied. */
    @ResetHandler
    void reset() {
        entityManager.createNativeQuery("DELETE FROM reception").executeUpdate();
    }

    private void update(ReceptionId id, TrackedEventMessage<?> message, Object event, Consumer<ReceptionRow> change) {
        EventContext context = EventContext.of(message);
        ProjectedRow.update(entityManager, ReceptionRow.class, id.value(), context, row -> {
            ReceptionState before = row.lifecycle();
            change.accept(row);
            row.status = ReceptionLifecycle.evolve(before, event).status();
        }).ifPresent(row -> changes.publishEvent(new FiguresChanged(context, COCKPIT_SECTION)));
    }

    private static ReceptionRow.Issue issue(ReceptionRow row, int number) {
        return row.issues.stream().filter(issue -> issue.issueNumber == number).findFirst().orElseThrow(
                () -> new IllegalStateException("Reception " + row.receptionId + " has no issue " + number));
    }
}
