package cn.luzhi.query.activity;

import cn.luzhi.query.common.CaseType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One act that counts, keyed by the global index of its event and the deputy's place among those it credits
 * ({@code share}, 0 for the first): storing it twice is impossible, so a redelivered event changes nothing. Region
 * and station are the case's; the station is null when the case has none.
 */
@Entity
@Table(name = "activity")
@IdClass(ActivityRow.Key.class)
public class ActivityRow {

    /** The key of one act: its event's global index and the credited deputy's place in it. */
    public record Key(long globalIndex, int share) implements Serializable {
    }

    @Id
    long globalIndex;
    @Id
    int share;
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

    ActivityRow(long globalIndex, int share, ActivityKind kind, String deputyId, ActivityCaseRow forCase,
                Instant occurredAt) {
        this.globalIndex = globalIndex;
        this.share = share;
        this.kind = kind;
        this.deputyId = deputyId;
        this.stationId = forCase.stationId;
        this.caseType = forCase.caseType;
        this.caseId = forCase.caseId;
        this.regionId = forCase.regionId;
        this.occurredAt = occurredAt;
    }
}
