package cn.luzhi.query.activity;

import cn.luzhi.query.common.CaseType;
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
import java.util.LinkedHashSet;
import java.util.Set;

/** What the activity projection remembers of a case from its first event, because later events omit it. */
@Entity
@Table(name = "activity_case")
public class ActivityCaseRow extends ProjectedRow {

    @Id
    String caseId;
    @Enumerated(EnumType.STRING)
    CaseType caseType;
    String regionId;
    String stationId;
    /** The suggestion's lead deputy, or the deputy who last took up the petition. */
    String leadDeputyId;
    /** What a deputies' activity credits its deputies present with when it closes. */
    @Enumerated(EnumType.STRING)
    ActivityKind creditsKind;
    /** The mediators of a mediation case (assigned and not released), whom its settlement credits. */
    @ElementCollection
    @CollectionTable(name = "activity_case_deputy", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "deputy_id")
    Set<String> deputyIds = new LinkedHashSet<>();

    protected ActivityCaseRow() {
        // For JPA.
    }

    ActivityCaseRow(String caseId, CaseType caseType, String regionId, String stationId, String leadDeputyId,
                    long lastGlobalIndex) {
        super(lastGlobalIndex);
        this.caseId = caseId;
        this.caseType = caseType;
        this.regionId = regionId;
        this.stationId = stationId;
        this.leadDeputyId = leadDeputyId;
    }
}
