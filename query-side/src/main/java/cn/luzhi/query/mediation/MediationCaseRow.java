package cn.luzhi.query.mediation;

import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.mediation.DisputeType;
import cn.luzhi.events.mediation.MediationCaseStatus;
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
        this.status = MediationCaseStatus.REFERRED;
    }

    /** Ends mediation: nothing is awaited any more, so the case cannot be overdue. */
    void end(MediationCaseStatus terminal, Instant at) {
        status = terminal;
        endedAt = at;
        overdue = false;
    }
}
