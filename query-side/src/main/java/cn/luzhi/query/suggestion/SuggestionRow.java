package cn.luzhi.query.suggestion;

import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.suggestion.HandlingResult;
import cn.luzhi.events.suggestion.SessionPeriod;
import cn.luzhi.events.suggestion.SuggestionKind;
import cn.luzhi.events.suggestion.SuggestionStatus;
import cn.luzhi.query.common.ProjectedRow;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
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
    /** The current class: the last reply's, or A once a follow-up found a B-class matter solved. */
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
    @ElementCollection
    @CollectionTable(name = "suggestion_co_signer",
            joinColumns = @JoinColumn(name = "suggestion_id"))
    @Column(name = "deputy_id")
    Set<String> coSignerIds = new LinkedHashSet<>();
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
        this.status = SuggestionStatus.DRAFTED;
        this.deputyCount = 1;
    }

    /** Ends the suggestion: it no longer waits for anyone, so it cannot be overdue. */
    void end(SuggestionStatus terminal, Instant at) {
        status = terminal;
        endedAt = at;
        overdue = false;
    }
}
