package cn.luzhi.query.ballot;

import cn.luzhi.events.ballot.ProjectStatus;
import cn.luzhi.query.cockpit.CockpitFormulas;
import cn.luzhi.query.reference.Names;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the livelihood project API answers: names instead of bare ids, labels beside codes. Budgets are in
 * yuan; {@code satisfactionRate} is (satisfied + basically satisfied) / raters, as the cockpit computes its
 * rates ({@link CockpitFormulas#satisfactionRate}), null until the project is rated.
 */
public final class LivelihoodProjectViews {

    private LivelihoodProjectViews() {
    }

    public record BallotRef(String ballotId, String title) {
    }

    /** One line of the project list. */
    public record LivelihoodProjectView(String projectId, ProjectStatus status, String statusLabel, String title,
                                        BallotRef ballot, String candidateId, String regionId, String regionName,
                                        int year, BigDecimal budget, int percent, int inspections,
                                        BigDecimal satisfactionRate, Instant approvedAt, Instant completedAt,
                                        long lastGlobalIndex) {

        static LivelihoodProjectView of(LivelihoodProjectRow row, Names names, String ballotTitle) {
            return new LivelihoodProjectView(row.projectId, row.status, row.status.label(), row.title,
                    new BallotRef(row.ballotId, ballotTitle), row.candidateId, row.regionId,
                    names.region(row.regionId), row.year, row.budget, row.percent, row.inspections,
                    rateOf(row), row.approvedAt, row.completedAt, row.lastGlobalIndex());
        }
    }

    /** One milestone of the plan; {@code reachedAt} is null until progress reports it reached. */
    public record MilestoneView(String name, LocalDate dueDate, Instant reachedAt) {
    }

    /** One project in full: plan, progress, inspections and its satisfaction assessment. */
    public record LivelihoodProjectDetailView(String projectId, ProjectStatus status, String statusLabel,
                                              String title, BallotRef ballot, String candidateId, String regionId,
                                              String regionName, int year, BigDecimal budget,
                                              List<MilestoneView> milestones, int percent, String progressNote,
                                              Instant progressRecordedAt, int inspections,
                                              LocalDate lastInspectedOn, Instant approvedAt, Instant completedAt,
                                              String completionComment, Instant ratedAt, int satisfied,
                                              int basicallySatisfied, int unsatisfied, long rated,
                                              BigDecimal satisfactionRate, String ratingComment,
                                              long lastGlobalIndex) {

        static LivelihoodProjectDetailView of(LivelihoodProjectRow row, Names names, String ballotTitle) {
            return new LivelihoodProjectDetailView(row.projectId, row.status, row.status.label(), row.title,
                    new BallotRef(row.ballotId, ballotTitle), row.candidateId, row.regionId,
                    names.region(row.regionId), row.year, row.budget,
                    row.milestones.stream()
                            .map(milestone -> new MilestoneView(milestone.name, milestone.dueDate,
                                    milestone.reachedAt))
                            .toList(),
                    row.percent, row.progressNote, row.progressRecordedAt, row.inspections, row.lastInspectedOn,
                    row.approvedAt, row.completedAt, row.completionComment, row.ratedAt, row.satisfied,
                    row.basicallySatisfied, row.unsatisfied, row.rated(), rateOf(row), row.ratingComment,
                    row.lastGlobalIndex());
        }
    }

    private static BigDecimal rateOf(LivelihoodProjectRow row) {
        return CockpitFormulas.satisfactionRate(row.satisfiedOrBasicallySatisfied(), row.rated());
    }
}
