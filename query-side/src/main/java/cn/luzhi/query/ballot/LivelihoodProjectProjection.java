package cn.luzhi.query.ballot;

import cn.luzhi.events.ballot.LivelihoodProjectApproved;
import cn.luzhi.events.ballot.LivelihoodProjectId;
import cn.luzhi.events.ballot.LivelihoodProjectLifecycle;
import cn.luzhi.events.ballot.LivelihoodProjectState;
import cn.luzhi.events.ballot.ProjectCompleted;
import cn.luzhi.events.ballot.ProjectInspected;
import cn.luzhi.events.ballot.ProjectMilestone;
import cn.luzhi.events.ballot.ProjectMilestonesPlanned;
import cn.luzhi.events.ballot.ProjectProgressRecorded;
import cn.luzhi.events.ballot.ProjectRated;
import cn.luzhi.query.common.CaseChanged;
import cn.luzhi.query.common.CaseType;
import cn.luzhi.query.common.EventContext;
import cn.luzhi.query.common.ProjectedRow;
import cn.luzhi.query.common.ReadModelTables;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Livelihood project list and detail read model. It shares the ballots' processor: projects only arise from a
 * ballot's tally, both make up the cockpit's {@code ballots} section, and one processor holds one database
 * connection where two would hold two. The approval event carries the ballot, region, year and budget, so the
 * project never needs the ballot's row, which the other segment may not have written yet.
 */
@Component
@ReadModelTables(value = {"livelihood_project", "livelihood_project_milestone"},
        aggregateRows = @ReadModelTables.AggregateRows(type = "LivelihoodProject", table = "livelihood_project",
                key = "project_id", folded = {"status", "ballot_id", "candidate_id", "title", "region_id", "year",
                "percent"}))
@ProcessingGroup(BallotProjection.PROCESSING_GROUP)
public class LivelihoodProjectProjection {

    private final EntityManager entityManager;
    private final ApplicationEventPublisher changes;

    public LivelihoodProjectProjection(EntityManager entityManager, ApplicationEventPublisher changes) {
        this.entityManager = entityManager;
        this.changes = changes;
    }

    @EventHandler
    void on(LivelihoodProjectApproved event, TrackedEventMessage<?> message) {
        EventContext context = EventContext.of(message);
        LivelihoodProjectRow row = new LivelihoodProjectRow(event.projectId().value(), context.globalIndex());
        row.ballotId = event.ballotId().value();
        row.candidateId = event.candidateId();
        row.title = event.title();
        row.regionId = event.regionId().value();
        row.year = event.year();
        row.budget = event.budget();
        row.approvedAt = context.at();
        row.take(LivelihoodProjectLifecycle.evolve(LivelihoodProjectState.NONE, event));
        if (ProjectedRow.create(entityManager, LivelihoodProjectRow.class, row.projectId, row)) {
            announce(row, context, event);
        }
    }

    /** A new plan replaces the old one; a milestone kept in it stays reached (only reached ones must stay). */
    @EventHandler
    void on(ProjectMilestonesPlanned event, TrackedEventMessage<?> message) {
        update(event.projectId(), message, event, (row, context) -> {
            List<MilestoneEntry> plan = new ArrayList<>();
            for (ProjectMilestone milestone : event.milestones()) {
                plan.add(new MilestoneEntry(milestone.name(), milestone.dueDate(),
                        reachedAt(row, milestone.name())));
            }
            row.milestones.clear();
            row.milestones.addAll(plan);
        });
    }

    @EventHandler
    void on(ProjectProgressRecorded event, TrackedEventMessage<?> message) {
        update(event.projectId(), message, event, (row, context) -> {
            row.progressNote = event.note();
            row.progressRecordedAt = context.at();
            if (event.milestone() != null) {
                row.milestones.stream().filter(milestone -> milestone.name.equals(event.milestone()))
                        .forEach(milestone -> milestone.reachedAt = context.at());
            }
        });
    }

    @EventHandler
    void on(ProjectInspected event, TrackedEventMessage<?> message) {
        update(event.projectId(), message, event, (row, context) -> {
            row.inspections++;
            if (row.lastInspectedOn == null || event.inspectedOn().isAfter(row.lastInspectedOn)) {
                row.lastInspectedOn = event.inspectedOn();
            }
        });
    }

    @EventHandler
    void on(ProjectCompleted event, TrackedEventMessage<?> message) {
        update(event.projectId(), message, event, (row, context) -> {
            row.completedAt = context.at();
            row.completionComment = event.comment();
        });
    }

    @EventHandler
    void on(ProjectRated event, TrackedEventMessage<?> message) {
        update(event.projectId(), message, event, (row, context) -> {
            row.ratedAt = context.at();
            row.satisfied = event.satisfied();
            row.basicallySatisfied = event.basicallySatisfied();
            row.unsatisfied = event.unsatisfied();
            row.ratingComment = event.comment();
        });
    }

    /** A rebuild starts from empty tables, or every replayed event would be skipped as already applied. */
    @ResetHandler
    void reset() {
        entityManager.createNativeQuery("DELETE FROM livelihood_project").executeUpdate();
    }

    /** When the milestone {@code name} of the current plan was reached, or null. */
    private static Instant reachedAt(LivelihoodProjectRow row, String name) {
        for (MilestoneEntry milestone : row.milestones) {
            if (milestone.name.equals(name)) {
                return milestone.reachedAt;
            }
        }
        return null;
    }

    private void update(LivelihoodProjectId id, TrackedEventMessage<?> message, Object event, Change change) {
        EventContext context = EventContext.of(message);
        ProjectedRow.update(entityManager, LivelihoodProjectRow.class, id.value(), context, row -> {
            // The status and the progress come from the lifecycle; the handlers add what the list shows beyond
            // them: notes, dates, the plan's due dates and when each milestone was reached, the rating.
            row.take(LivelihoodProjectLifecycle.evolve(row.lifecycle(), event));
            change.apply(row, context);
        }).ifPresent(row -> announce(row, context, event));
    }

    private void announce(LivelihoodProjectRow row, EventContext context, Object event) {
        changes.publishEvent(new CaseChanged(context, CaseType.PROJECT, row.projectId, row.regionId,
                event.getClass()));
    }

    @FunctionalInterface
    private interface Change {
        void apply(LivelihoodProjectRow row, EventContext event);
    }
}
