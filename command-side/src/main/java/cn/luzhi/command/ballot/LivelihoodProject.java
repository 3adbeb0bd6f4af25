package cn.luzhi.command.ballot;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.events.ballot.BallotId;
import cn.luzhi.events.ballot.CompleteProject;
import cn.luzhi.events.ballot.InspectProject;
import cn.luzhi.events.ballot.LivelihoodProjectAction;
import cn.luzhi.events.ballot.LivelihoodProjectApproved;
import cn.luzhi.events.ballot.LivelihoodProjectId;
import cn.luzhi.events.ballot.LivelihoodProjectLifecycle;
import cn.luzhi.events.ballot.LivelihoodProjectState;
import cn.luzhi.events.ballot.PlanProjectMilestones;
import cn.luzhi.events.ballot.ProjectCompleted;
import cn.luzhi.events.ballot.ProjectInspected;
import cn.luzhi.events.ballot.ProjectMilestonesPlanned;
import cn.luzhi.events.ballot.ProjectProgressRecorded;
import cn.luzhi.events.ballot.ProjectRated;
import cn.luzhi.events.ballot.RateProject;
import cn.luzhi.events.ballot.RecordProjectProgress;
import cn.luzhi.events.common.ChinaCalendar;
import cn.luzhi.events.deputy.DeputyId;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A livelihood project (民生实事项目) approved by a ballot: milestones are planned, progress is recorded,
 * deputies inspect it (视察), it is completed and its satisfaction is assessed (满意度测评).
 *
 * <p>It has no creating command: a project exists only because a ballot approved it, so {@link Ballot}
 * creates it while publishing the tally, with the facts of the tally.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger", filterEventsByType = true)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class LivelihoodProject {

    /** Inspection dates are the deputies' calendar days. */
    private static final ZoneId CALENDAR = ChinaCalendar.ZONE;

    @AggregateIdentifier
    private LivelihoodProjectId projectId;
    // Unwrapped, so the snapshot keeps the flat fields it had before the lifecycle existed, and old ones load.
    @JsonUnwrapped
    private LivelihoodProjectState state = LivelihoodProjectState.NONE;

    protected LivelihoodProject() {
        // For Axon, which rebuilds the project from its events.
    }

    /** Called by the ballot through {@code AggregateLifecycle.createNew}. */
    LivelihoodProject(LivelihoodProjectApproved approved) {
        apply(approved);
    }

    /**
     * The project id of a ballot's candidate: a name-based UUID of both ids, so publishing the same tally
     * again yields the same ids. Neither id may contain '/', which keeps the name unambiguous.
     */
    static LivelihoodProjectId idFor(BallotId ballotId, String candidateId) {
        String name = ballotId.value() + "/" + candidateId;
        return new LivelihoodProjectId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
    }

    @CommandHandler
    public void handle(PlanProjectMilestones command) {
        CommandRefused.throwIf(LivelihoodProjectLifecycle.checkPlan(state, command.milestones()));
        apply(new ProjectMilestonesPlanned(projectId, List.copyOf(command.milestones())));
    }

    @CommandHandler
    public void handle(RecordProjectProgress command) {
        CommandRefused.throwIf(LivelihoodProjectLifecycle.checkProgress(state, command.percent(),
                command.milestone()));
        apply(new ProjectProgressRecorded(projectId, command.percent(), command.note(), command.milestone()));
    }

    /** Deputies may inspect at any stage, completed projects included (验收视察). */
    @CommandHandler
    public void handle(InspectProject command) {
        require(LivelihoodProjectAction.INSPECT);
        LocalDate today = LocalDate.ofInstant(GenericEventMessage.clock.instant(), CALENDAR);
        if (command.inspectedOn().isAfter(today)) {
            throw CommandRefused.becauseOf("inspectedOn", "视察日期不能晚于今天");
        }
        List<DeputyId> deputies = List.copyOf(new LinkedHashSet<>(command.deputyIds()));
        apply(new ProjectInspected(projectId, deputies, command.inspectedOn(), command.findings()));
    }

    @CommandHandler
    public void handle(CompleteProject command) {
        require(LivelihoodProjectAction.COMPLETE);
        apply(new ProjectCompleted(projectId, command.reason()));
    }

    @CommandHandler
    public void handle(RateProject command) {
        require(LivelihoodProjectAction.RATE);
        if (command.satisfied() + command.basicallySatisfied() + command.unsatisfied() == 0) {
            throw CommandRefused.becauseOf("satisfied", "参加测评的人数不能为零");
        }
        apply(new ProjectRated(projectId, command.satisfied(), command.basicallySatisfied(), command.unsatisfied(),
                command.reason()));
    }

    /** The project's state as its lifecycle sees it. */
    LivelihoodProjectState state() {
        return state;
    }

    private void require(LivelihoodProjectAction action) {
        CommandRefused.throwIf(LivelihoodProjectLifecycle.check(state, action));
    }

    @EventSourcingHandler
    void on(LivelihoodProjectApproved event) {
        projectId = event.projectId();
        evolve(event);
    }

    /** Every project event changes the state the lifecycle's way; none needs more of the aggregate. */
    @EventSourcingHandler
    void evolve(Object event) {
        state = LivelihoodProjectLifecycle.evolve(state, event);
    }
}
