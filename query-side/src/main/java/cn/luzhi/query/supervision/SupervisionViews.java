package cn.luzhi.query.supervision;

import cn.luzhi.query.common.CaseType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the supervision API answers ({@code /api/supervision/**}). */
public final class SupervisionViews {

    private SupervisionViews() {
    }

    /**
     * The handling trail of one case, from its events.
     *
     * @param currentStep the step the case is in now, or how it ended (e.g. 已办结)
     * @param ended       whether the case reached a terminal state (no step is running)
     * @param asOf        the moment the running step's duration is counted to
     */
    public record CaseSupervision(String caseId, CaseType caseType, String caseTypeLabel, String title,
                                  String regionId, String regionName, String currentStep, boolean ended,
                                  Instant asOf, List<Step> steps, List<DeadlineChange> deadlines, List<Urge> urges,
                                  List<UnitHandling> units) {
    }

    /**
     * Time spent in one step: from the event that began it to the event that began the next (or ended the case).
     *
     * @param endedAt null while the step is still running
     * @param minutes whole minutes spent, counted to {@code asOf} for a running step
     */
    public record Step(String name, Instant startedAt, Instant endedAt, boolean running, long minutes) {
    }

    /**
     * A deadline set, extended or missed.
     *
     * @param kind          SET, EXTENDED or MISSED
     * @param kindLabel     设定, 延期 or 逾期
     * @param previousDueAt the due time an extension replaced
     * @param units         the units it concerns (those that had not replied, for a missed one); empty for mediation
     */
    public record DeadlineChange(String kind, String kindLabel, Instant at, Instant dueAt, Instant previousDueAt,
                                 int round, List<UnitName> units, String actorName, String actorRole,
                                 String reason) {
    }

    /** An urge (督办): who, when, in which step, and what they said. */
    public record Urge(Instant at, String actorName, String actorRole, String step, String comment) {
    }

    public record UnitName(String unitId, String unitName) {
    }

    /**
     * One unit's part in one round: assigned, due, replied (a co-unit of a suggestion answers with an opinion).
     *
     * @param role         承办 (petition), 主办 or 协办 (suggestion)
     * @param replyMinutes whole minutes from assignment to reply, null without a reply
     * @param missed       the deadline passed with this unit's reply outstanding
     */
    public record UnitHandling(String unitId, String unitName, String role, int round, Instant assignedAt,
                               Instant dueAt, Instant repliedAt, Long replyMinutes, boolean missed) {
    }

    /**
     * An open deadline in the overdue or due-soon list.
     *
     * @param daysOverdue Beijing days since the due date (0 when due earlier today), null in the due-soon list
     * @param daysLeft    Beijing days until the due date (0 when due later today), null in the overdue list
     * @param urgeCount   urges while this deadline was open
     */
    public record DeadlineRow(String caseId, CaseType caseType, String caseTypeLabel, String title, int round,
                              String unitId, String unitName, String deputyId, String deputyName, String regionId,
                              String regionName, Instant assignedAt, Instant dueAt, Long daysOverdue, Long daysLeft,
                              int urgeCount) {
    }

    /** How many rows of the list a unit or a deputy has (id null: no deputy). */
    public record GroupCount(String id, String name, long count) {
    }

    /** The overdue or due-soon list with its counts per unit and per deputy, largest first. */
    public record DeadlineList(Instant asOf, Integer days, List<DeadlineRow> rows, List<GroupCount> byUnit,
                               List<GroupCount> byDeputy) {
    }

    /**
     * A unit's figure in one ranking.
     *
     * @param rank             1 for the best (ties share a rank), null in the insufficient sample list
     * @param sample           replies (median ranking) or cases assigned (overdue share ranking) in the period
     * @param medianReplyDays  median days from assignment to reply, one decimal
     * @param overdueCases     cases of the unit that went overdue
     * @param overdueShare     overdue cases / cases assigned, a percentage with one decimal
     */
    public record UnitFigure(Integer rank, String unitId, String unitName, long sample, BigDecimal medianReplyDays,
                             Long overdueCases, BigDecimal overdueShare) {
    }

    /** Units with at least the minimum number of cases, ranked; the others (样本不足) listed apart. */
    public record Ranking(List<UnitFigure> ranked, List<UnitFigure> insufficient) {
    }

    public record UnitRankings(LocalDate from, LocalDate to, String regionId, int minCases,
                               Ranking byMedianReplyTime, Ranking byOverdueShare) {
    }
}
