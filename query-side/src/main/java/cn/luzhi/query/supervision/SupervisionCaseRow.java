package cn.luzhi.query.supervision;

import cn.luzhi.query.common.CaseType;
import cn.luzhi.query.common.ProjectedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What the supervision projection remembers of a case between its deadlines: a deadline row copies title,
 * region and deputy from here, and a suggestion's re-handling round goes back to its lead unit.
 */
@Entity
@Table(name = "supervision_case")
public class SupervisionCaseRow extends ProjectedRow {

    @Id
    String caseId;
    @Enumerated(EnumType.STRING)
    CaseType caseType;
    String title;
    String regionId;
    String deputyId;
    String leadUnitId;
    int round;

    protected SupervisionCaseRow() {
        // For JPA.
    }

    SupervisionCaseRow(String caseId, CaseType caseType, String title, String regionId, String deputyId,
                       long lastGlobalIndex) {
        super(lastGlobalIndex);
        this.caseId = caseId;
        this.caseType = caseType;
        this.title = title;
        this.regionId = regionId;
        this.deputyId = deputyId;
        this.round = 1;
    }
}
