package cn.luzhi.query.suggestion;

import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.suggestion.FollowUpOutcome;
import cn.luzhi.events.suggestion.HandlingResult;
import cn.luzhi.events.suggestion.ProcuratorateOutcome;
import cn.luzhi.events.suggestion.SessionPeriod;
import cn.luzhi.events.suggestion.SuggestionKind;
import cn.luzhi.events.suggestion.SuggestionStatus;
import cn.luzhi.query.reference.Names;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** What the suggestion API answers: names instead of bare ids, labels beside codes. */
public final class SuggestionViews {

    private SuggestionViews() {
    }

    public record Ref(String id, String name) {
    }

    /** One line of the suggestion list; {@code resultClass} is the letter A, B or C. */
    public record SuggestionView(String suggestionId, SuggestionKind kind, String kindLabel, SuggestionStatus status,
                                 String statusLabel, String title, String regionId, String regionName,
                                 Ref leadDeputy, Ref leadUnit, Instant submittedAt, Instant replyDueAt,
                                 boolean overdue, HandlingResult result, String resultClass, boolean keySupervision,
                                 long lastGlobalIndex) {

        static SuggestionView of(SuggestionRow row, Names names) {
            return new SuggestionView(row.suggestionId, row.kind, row.kind.label(), row.status, row.status.label(),
                    row.title, row.regionId, names.region(row.regionId),
                    new Ref(row.leadDeputyId, names.deputy(row.leadDeputyId)), unit(row.leadUnitId, names),
                    row.submittedAt, row.replyDueAt, row.overdue, row.result,
                    row.result == null ? null : row.result.code(), row.keySupervision, row.lastGlobalIndex());
        }
    }

    /** One suggestion in full. */
    public record SuggestionDetailView(String suggestionId, SuggestionKind kind, String kindLabel,
                                       SuggestionStatus status, String statusLabel, String title, String content,
                                       String procuratorateReference, String regionId, String regionName,
                                       Ref leadDeputy, List<Ref> coSigners, SessionPeriod sessionPeriod,
                                       int deputyCount, Ref leadUnit, List<Ref> units, Instant draftedAt,
                                       Instant submittedAt, Instant acceptedAt, Instant assignedAt,
                                       Instant replyDueAt, Instant latestReplyDueAt, Instant firstRepliedAt,
                                       Boolean firstReplyOnTime, Instant lastRepliedAt, HandlingResult result,
                                       String resultClass, String resultLabel, int round, Satisfaction satisfaction,
                                       String satisfactionLabel, Instant closedAt, Instant endedAt, boolean overdue,
                                       boolean keySupervision, int urgeCount, String mergedIntoId,
                                       Ref procuratorate, long lastGlobalIndex, Integer solvedYear,
                                       List<FollowUpView> followUps, ProcuratorateOutcome procuratorateOutcome,
                                       String procuratorateOutcomeLabel, String procuratorateOutcomeReference,
                                       LocalDate procuratorateDecidedOn) {

        static SuggestionDetailView of(SuggestionRow row, Names names) {
            return new SuggestionDetailView(row.suggestionId, row.kind, row.kind.label(), row.status,
                    row.status.label(), row.title, row.content, row.procuratorateReference, row.regionId,
                    names.region(row.regionId), new Ref(row.leadDeputyId, names.deputy(row.leadDeputyId)),
                    deputies(row.coSignerIds, names), row.sessionPeriod, row.deputyCount,
                    unit(row.leadUnitId, names), row.unitIds.stream().map(id -> unit(id, names)).toList(),
                    row.draftedAt, row.submittedAt, row.acceptedAt, row.assignedAt, row.replyDueAt,
                    row.latestReplyDueAt, row.firstRepliedAt, row.firstReplyOnTime, row.lastRepliedAt, row.result,
                    row.result == null ? null : row.result.code(), row.result == null ? null : row.result.label(),
                    row.round, row.satisfaction, row.satisfaction == null ? null : row.satisfaction.label(),
                    row.closedAt, row.endedAt, row.overdue, row.keySupervision, row.urgeCount, row.mergedIntoId,
                    unit(row.procuratorateId, names), row.lastGlobalIndex(), row.solvedYear,
                    row.followUps.stream().map(FollowUpView::of).toList(), row.procuratorateOutcome,
                    row.procuratorateOutcome == null ? null : row.procuratorateOutcome.label(),
                    row.procuratorateOutcomeReference, row.procuratorateDecidedOn);
        }
    }

    /** One year's follow-up (回头看) and what it found. */
    public record FollowUpView(int year, FollowUpOutcome outcome, String outcomeLabel, String progress,
                               Instant recordedAt) {

        static FollowUpView of(FollowUpEntry entry) {
            return new FollowUpView(entry.year, entry.outcome, entry.outcome.label(), entry.progress,
                    entry.recordedAt);
        }
    }

    private static Ref unit(String unitId, Names names) {
        return unitId == null ? null : new Ref(unitId, names.unit(unitId));
    }

    private static List<Ref> deputies(Collection<String> deputyIds, Names names) {
        return deputyIds.stream().map(id -> new Ref(id, names.deputy(id))).toList();
    }
}
