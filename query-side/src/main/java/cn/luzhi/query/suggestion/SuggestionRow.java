package cn.luzhi.query.suggestion;

import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.suggestion.HandlingResult;
import cn.luzhi.events.suggestion.ProcuratorateOutcome;
import cn.luzhi.events.suggestion.SessionPeriod;
import cn.luzhi.events.suggestion.SuggestionId;
import cn.luzhi.events.suggestion.SuggestionKind;
import cn.luzhi.events.suggestion.SuggestionState;
import cn.luzhi.events.suggestion.SuggestionStatus;
import cn.luzhi.events.unit.HandlingUnitId;
import cn.luzhi.query.common.ProjectedRow;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A suggestion or bill as its events left it. */
@Entity
@Table(name = "suggestion")
public class SuggestionRow extends ProjectedRow {

    @Id
    String suggestionId;
    @Enumerated(EnumType.STRING)
    SuggestionKind kind;
    @Enumerated(EnumType.STRING)
    SuggestionStatus status;
    String leadDeputyId;
    String regionId;
    String title;
    String content;
    String procuratorateReference;
    @Enumerated(EnumType.STRING)
    SessionPeriod sessionPeriod;
    int deputyCount;
    String leadUnitId;
    Instant draftedAt;
    Instant submittedAt;
    Instant acceptedAt;
    Instant assignedAt;
    Instant replyDueAt;
    Instant latestReplyDueAt;
    Instant firstRepliedAt;
    /** Whether the first reply came by its deadline: what the published on-time reply rate counts. */
    Boolean firstReplyOnTime;
    Instant lastRepliedAt;
    /** The class of the last reply; a follow-up that finds a B-class matter solved leaves it (see solvedYear). */
    @Enumerated(EnumType.STRING)
    HandlingResult result;
    int round;
    /** The lead deputy's last rating. */
    @Enumerated(EnumType.STRING)
    Satisfaction satisfaction;
    Instant closedAt;
    /** When the suggestion reached any terminal state (closed, merged, returned). */
    Instant endedAt;
    boolean overdue;
    boolean keySupervision;
    int urgeCount;
    String mergedIntoId;
    String procuratorateId;
    /** The year a follow-up (回头看) found the B-class matter solved: it counts in that year's figures. */
    Integer solvedYear;
    Instant convertedToProcuratorateAt;
    @Enumerated(EnumType.STRING)
    ProcuratorateOutcome procuratorateOutcome;
    String procuratorateOutcomeReference;
    LocalDate procuratorateDecidedOn;
    /** The follow-ups by year, at most one a year. */
    @ElementCollection
    @CollectionTable(name = "suggestion_follow_up", joinColumns = @JoinColumn(name = "suggestion_id"))
    @OrderBy("year")
    List<FollowUpEntry> followUps = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "suggestion_co_signer",
            joinColumns = @JoinColumn(name = "suggestion_id"))
    @Column(name = "deputy_id")
    Set<String> coSignerIds = new LinkedHashSet<>();
    /** The deputies the lead deputy invited to co-sign: they may read the draft and find it in their 待办. */
    @ElementCollection
    @CollectionTable(name = "suggestion_invitee", joinColumns = @JoinColumn(name = "suggestion_id"))
    @Column(name = "deputy_id")
    Set<String> inviteeIds = new LinkedHashSet<>();
    /** The lead unit and the co-units. */
    @ElementCollection
    @CollectionTable(name = "suggestion_unit", joinColumns = @JoinColumn(name = "suggestion_id"))
    @Column(name = "unit_id")
    Set<String> unitIds = new LinkedHashSet<>();

    protected SuggestionRow() {
        // For JPA.
    }

    SuggestionRow(String suggestionId, long lastGlobalIndex) {
        super(lastGlobalIndex);
        this.suggestionId = suggestionId;
        this.deputyCount = 1;
    }

    /**
     * The lifecycle's state as far as this row keeps it. The row does not keep the names of the leaders who
     * supervise it: no field it takes from the lifecycle depends on them.
     */
    SuggestionState lifecycle() {
        List<HandlingUnitId> coUnits = unitIds.stream().filter(unit -> !unit.equals(leadUnitId))
                .map(HandlingUnitId::of).toList();
        return new SuggestionState(status, kind, leadDeputyId == null ? null : DeputyId.of(leadDeputyId),
                coSignerIds.stream().map(DeputyId::of).toList(), procuratorateReference != null,
                procuratorateId != null, leadUnitId == null ? null : HandlingUnitId.of(leadUnitId), coUnits,
                replyDueAt, latestReplyDueAt, round, result, satisfaction, List.of(), overdue, urgeCount,
                mergedIntoId == null ? null : SuggestionId.of(mergedIntoId),
                inviteeIds.stream().map(DeputyId::of).toList(), followUps.stream().map(entry -> entry.year).toList(),
                solvedYear, procuratorateId == null ? null : HandlingUnitId.of(procuratorateId), procuratorateOutcome);
    }

    /** Takes the status and the fields derived from it from the lifecycle's state after an event. */
    void take(SuggestionState state, Instant at) {
        status = state.status();
        kind = state.kind();
        leadUnitId = state.leadUnitId() == null ? null : state.leadUnitId().value();
        replyDueAt = state.replyDueAt();
        latestReplyDueAt = state.latestReplyDueAt();
        round = state.round();
        result = state.result();
        satisfaction = state.lastRating();
        overdue = state.overdue();
        urgeCount = state.urgeCount();
        mergedIntoId = state.mergedInto() == null ? null : state.mergedInto().value();
        solvedYear = state.solvedYear();
        procuratorateOutcome = state.procuratorateOutcome();
        if (status.isTerminal() && endedAt == null) {
            endedAt = at;
        }
    }
}
