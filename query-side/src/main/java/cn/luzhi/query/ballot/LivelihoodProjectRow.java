package cn.luzhi.query.ballot;

import cn.luzhi.events.ballot.LivelihoodProjectState;
import cn.luzhi.events.ballot.ProjectStatus;
import cn.luzhi.query.common.ProjectedRow;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A livelihood project approved by a ballot, as its events left it; the budget is in yuan. */
@Entity
@Table(name = "livelihood_project")
public class LivelihoodProjectRow extends ProjectedRow {

    @Id
    String projectId;
    @Enumerated(EnumType.STRING)
    ProjectStatus status;
    String ballotId;
    String candidateId;
    String title;
    String regionId;
    int year;
    BigDecimal budget;
    /** How far the project is, 0 to 100, as last reported. */
    int percent;
    String progressNote;
    Instant progressRecordedAt;
    int inspections;
    LocalDate lastInspectedOn;
    Instant approvedAt;
    Instant completedAt;
    String completionComment;
    Instant ratedAt;
    /** Raters of the satisfaction assessment, by answer; all 0 until it is recorded. */
    int satisfied;
    int basicallySatisfied;
    int unsatisfied;
    String ratingComment;
    /** The current plan, in its order. */
    @ElementCollection
    @CollectionTable(name = "livelihood_project_milestone",
            joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    List<MilestoneEntry> milestones = new ArrayList<>();

    protected LivelihoodProjectRow() {
        // For JPA.
    }

    LivelihoodProjectRow(String projectId, long lastGlobalIndex) {
        super(lastGlobalIndex);
        this.projectId = projectId;
    }

    /**
     * The lifecycle's state as this row keeps it. The reached milestones come in plan order: the row keeps when
     * each was reached, not in which order, and no field it takes from the lifecycle depends on that order.
     */
    LivelihoodProjectState lifecycle() {
        return new LivelihoodProjectState(status, percent, milestones.stream().map(entry -> entry.name).toList(),
                milestones.stream().filter(entry -> entry.reachedAt != null).map(entry -> entry.name).toList());
    }

    /** Takes the status and the progress from the lifecycle's state after an event. */
    void take(LivelihoodProjectState state) {
        status = state.status();
        percent = state.percent();
    }

    /** Raters who answered satisfied or basically satisfied, who count as satisfied in the rate. */
    long satisfiedOrBasicallySatisfied() {
        return (long) satisfied + basicallySatisfied;
    }

    long rated() {
        return satisfiedOrBasicallySatisfied() + unsatisfied;
    }
}
