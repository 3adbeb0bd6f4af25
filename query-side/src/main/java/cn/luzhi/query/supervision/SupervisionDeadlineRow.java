package cn.luzhi.query.supervision;

import cn.luzhi.query.common.CaseType;
import cn.luzhi.query.common.ProjectedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One deadline a unit (or, for mediation, the mediators of a court's referral) works to: open until the unit
 * replies or the case ends, kept afterwards for the unit rankings.
 */
@Entity
@Table(name = "supervision_deadline")
public class SupervisionDeadlineRow extends ProjectedRow {

    @Id
    String deadlineId;
    String caseId;
    @Enumerated(EnumType.STRING)
    CaseType caseType;
    String title;
    String regionId;
    String deputyId;
    String unitId;
    int round;
    /** When the case was forwarded or assigned to the unit (for mediation: referred). */
    Instant assignedAt;
    Instant dueAt;
    Instant repliedAt;
    /** When the case ended without this unit's reply (closed, withdrawn, merged, mediation over, ...). */
    Instant endedAt;
    /** The command side declared it overdue and nothing has moved or answered it since. */
    boolean overdue;
    /** It was declared overdue, or answered after its due time, at any point: the rankings' overdue share. */
    boolean wentOverdue;
    int extensions;
    /** Urges (督办) while this deadline was open. */
    int urgeCount;

    protected SupervisionDeadlineRow() {
        // For JPA.
    }

    SupervisionDeadlineRow(SupervisionCaseRow source, String unitId, Instant assignedAt, Instant dueAt,
                           long lastGlobalIndex) {
        super(lastGlobalIndex);
        this.deadlineId = id(source.caseId, source.round, unitId);
        this.caseId = source.caseId;
        this.caseType = source.caseType;
        this.title = source.title;
        this.regionId = source.regionId;
        this.deputyId = source.deputyId;
        this.unitId = unitId;
        this.round = source.round;
        this.assignedAt = assignedAt;
        this.dueAt = dueAt;
    }

    static String id(String caseId, int round, String unitId) {
        return caseId + "/" + round + "/" + unitId;
    }

    boolean isOpen() {
        return repliedAt == null && endedAt == null;
    }

    void reply(Instant at) {
        repliedAt = at;
        wentOverdue = wentOverdue || at.isAfter(dueAt);
        overdue = false;
    }

    void end(Instant at) {
        endedAt = at;
        overdue = false;
    }

    void extend(Instant newDueAt) {
        dueAt = newDueAt;
        overdue = false;
        extensions++;
    }

    void markOverdue(Instant due) {
        dueAt = due;
        overdue = true;
        wentOverdue = true;
    }
}
