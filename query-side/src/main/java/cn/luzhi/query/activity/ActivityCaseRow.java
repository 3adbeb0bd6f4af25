package cn.luzhi.query.activity;

import cn.luzhi.query.common.CaseType;
import cn.luzhi.query.common.ProjectedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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
    String leadDeputyId;

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
