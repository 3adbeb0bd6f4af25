package cn.luzhi.query.activity;

import cn.luzhi.query.common.CaseType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One act that counts, keyed by the global index of its event: storing it twice is impossible, so a redelivered
 * event changes nothing. Region and station are the case's; the station is null when the case has none.
 */
@Entity
@Table(name = "activity")
public class ActivityRow {

    @Id
    long globalIndex;
    @Enumerated(EnumType.STRING)
    ActivityKind kind;
    String deputyId;
    String stationId;
    @Enumerated(EnumType.STRING)
    CaseType caseType;
    String caseId;
    String regionId;
    Instant occurredAt;

    protected ActivityRow() {
        // For JPA.
    }

    ActivityRow(long globalIndex, ActivityKind kind, String deputyId, ActivityCaseRow forCase, Instant occurredAt) {
        this.globalIndex = globalIndex;
        this.kind = kind;
        this.deputyId = deputyId;
        this.stationId = forCase.stationId;
        this.caseType = forCase.caseType;
        this.caseId = forCase.caseId;
        this.regionId = forCase.regionId;
        this.occurredAt = occurredAt;
    }
}
