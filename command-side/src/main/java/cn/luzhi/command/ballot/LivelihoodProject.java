package cn.luzhi.command.ballot;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.events.ballot.BallotId;
import cn.luzhi.events.ballot.CompleteProject;
import cn.luzhi.events.ballot.InspectProject;
import cn.luzhi.events.ballot.LivelihoodProjectApproved;
import cn.luzhi.events.ballot.LivelihoodProjectId;
import cn.luzhi.events.ballot.PlanProjectMilestones;
import cn.luzhi.events.ballot.ProjectCompleted;
import cn.luzhi.events.ballot.ProjectInspected;
import cn.luzhi.events.ballot.ProjectMilestone;
import cn.luzhi.events.ballot.ProjectMilestonesPlanned;
import cn.luzhi.events.ballot.ProjectProgressRecorded;
import cn.luzhi.events.ballot.ProjectRated;
import cn.luzhi.events.ballot.ProjectStatus;
import cn.luzhi.events.ballot.RateProject;
import cn.luzhi.events.ballot.RecordProjectProgress;
import cn.luzhi.events.deputy.DeputyId;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
    private static final ZoneId CALENDAR = ZoneId.of("Asia/Shanghai");

    @AggregateIdentifier
    private LivelihoodProjectId projectId;
    private ProjectStatus status;
    private int percent;
    private List<String> milestones = new ArrayList<>();
    private Set<String> milestonesReached = new HashSet<>();

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
        requireStatus("制定里程碑计划", ProjectStatus.APPROVED, ProjectStatus.IN_PROGRESS);
        Set<String> planned = new HashSet<>();
        for (ProjectMilestone milestone : command.milestones()) {
            if (!planned.add(milestone.name())) {
                throw CommandRefused.becauseOf("milestones", "里程碑「" + milestone.name() + "」重复");
            }
        }
        for (String reached : milestonesReached) {
            if (!planned.contains(reached)) {
                throw CommandRefused.becauseOf("milestones", "里程碑「" + reached + "」已经达成，不能从计划中删去");
            }
        }
        apply(new ProjectMilestonesPlanned(projectId, List.copyOf(command.milestones())));
    }

    @CommandHandler
    public void handle(RecordProjectProgress command) {
        requireStatus("登记进度", ProjectStatus.APPROVED, ProjectStatus.IN_PROGRESS);
        if (command.percent() < percent) {
            throw CommandRefused.becauseOf("percent", "进度不能倒退：项目已完成" + percent + "%");
        }
        String milestone = command.milestone();
        if (milestone != null) {
            if (!milestones.contains(milestone)) {
                throw CommandRefused.becauseOf("milestone", "里程碑「" + milestone + "」不在项目计划中");
            }
            if (milestonesReached.contains(milestone)) {
                throw CommandRefused.becauseOf("milestone", "里程碑「" + milestone + "」已经达成过");
            }
        }
        apply(new ProjectProgressRecorded(projectId, command.percent(), command.note(), milestone));
    }

    /** Deputies may inspect at any stage, completed projects included (验收视察). */
    @CommandHandler
    public void handle(InspectProject command) {
        LocalDate today = LocalDate.ofInstant(GenericEventMessage.clock.instant(), CALENDAR);
        if (command.inspectedOn().isAfter(today)) {
            throw CommandRefused.becauseOf("inspectedOn", "视察日期不能晚于今天");
        }
        List<DeputyId> deputies = List.copyOf(new LinkedHashSet<>(command.deputyIds()));
        apply(new ProjectInspected(projectId, deputies, command.inspectedOn(), command.findings()));
    }

    @CommandHandler
    public void handle(CompleteProject command) {
        requireStatus("完工", ProjectStatus.APPROVED, ProjectStatus.IN_PROGRESS);
        if (percent < 100) {
            throw CommandRefused.because("项目进度为" + percent + "%，须达到100%才能完工");
        }
        apply(new ProjectCompleted(projectId, command.reason()));
    }

    @CommandHandler
    public void handle(RateProject command) {
        requireStatus("满意度测评", ProjectStatus.COMPLETED);
        if (command.satisfied() + command.basicallySatisfied() + command.unsatisfied() == 0) {
            throw CommandRefused.becauseOf("satisfied", "参加测评的人数不能为零");
        }
        apply(new ProjectRated(projectId, command.satisfied(), command.basicallySatisfied(), command.unsatisfied(),
                command.reason()));
    }

    private void requireStatus(String action, ProjectStatus... allowed) {
        if (!EnumSet.of(allowed[0], allowed).contains(status)) {
            throw refusal(action);
        }
    }

    private CommandRefused refusal(String action) {
        return CommandRefused.because("项目当前状态为「" + status.label() + "」，不能" + action);
    }

    @EventSourcingHandler
    void on(LivelihoodProjectApproved event) {
        projectId = event.projectId();
        status = ProjectStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(ProjectMilestonesPlanned event) {
        milestones = new ArrayList<>();
        event.milestones().forEach(milestone -> milestones.add(milestone.name()));
    }

    @EventSourcingHandler
    void on(ProjectProgressRecorded event) {
        percent = event.percent();
        if (event.milestone() != null) {
            milestonesReached.add(event.milestone());
        }
        status = ProjectStatus.IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(ProjectCompleted event) {
        status = ProjectStatus.COMPLETED;
    }

    @EventSourcingHandler
    void on(ProjectRated event) {
        status = ProjectStatus.RATED;
    }
}
