package cn.luzhi.query.mediation;

import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.mediation.DisputeType;
import cn.luzhi.events.mediation.MediationCaseState;
import cn.luzhi.events.mediation.MediationCaseStatus;
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
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A mediation case as its events left it; the parties are vault references only. */
@Entity
@Table(name = "mediation_case")
public class MediationCaseRow extends ProjectedRow {

    @Id
    String mediationCaseId;
    @Enumerated(EnumType.STRING)
    MediationCaseStatus status;
    String courtId;
    @Enumerated(EnumType.STRING)
    DisputeType disputeType;
    String regionId;
    BigDecimal amountInDispute;
    BigDecimal settledAmount;
    Instant referredAt;
    Instant mediationDueAt;
    boolean overdue;
    int extensions;
    int sessionsHeld;
    /** When mediation ended: settled, failed or withdrawn. */
    Instant endedAt;
    boolean judiciallyConfirmed;
    String rulingNumber;
    @Enumerated(EnumType.STRING)
    Satisfaction followUpSatisfaction;
    Instant followedUpAt;
    @ElementCollection
    @CollectionTable(name = "mediation_case_party",
            joinColumns = @JoinColumn(name = "mediation_case_id"))
    @Column(name = "person_ref")
    Set<String> partyRefs = new LinkedHashSet<>();
    /** The deputies mediating the case now. */
    @ElementCollection
    @CollectionTable(name = "mediation_case_mediator",
            joinColumns = @JoinColumn(name = "mediation_case_id"))
    @Column(name = "deputy_id")
    Set<String> mediatorIds = new LinkedHashSet<>();

    protected MediationCaseRow() {
        // For JPA.
    }

    MediationCaseRow(String mediationCaseId, long lastGlobalIndex) {
        super(lastGlobalIndex);
        this.mediationCaseId = mediationCaseId;
    }

    /** The lifecycle's state as this row keeps it: all of it (a visit is kept as its time). */
    MediationCaseState lifecycle() {
        return new MediationCaseState(status, courtId == null ? null : HandlingUnitId.of(courtId), mediationDueAt,
                extensions, mediatorIds.stream().map(DeputyId::of).toList(), sessionsHeld, overdue,
                judiciallyConfirmed, followedUpAt != null);
    }

    /** Takes the status and the fields derived from it from the lifecycle's state after an event. */
    void take(MediationCaseState state, Instant at) {
        status = state.status();
        courtId = state.courtId() == null ? null : state.courtId().value();
        mediationDueAt = state.mediationDueAt();
        extensions = state.extensions();
        // Changed in place, so an event that leaves the mediators alone leaves their rows alone.
        List<String> mediators = state.mediators().stream().map(DeputyId::value).toList();
        mediatorIds.retainAll(mediators);
        mediatorIds.addAll(mediators);
        sessionsHeld = state.sessionsHeld();
        overdue = state.overdue();
        judiciallyConfirmed = state.judiciallyConfirmed();
        if (status.isTerminal() && endedAt == null) {
            endedAt = at;
        }
    }
}
