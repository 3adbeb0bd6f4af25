package cn.luzhi.query.mediation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Reads mediation case rows; only {@link MediationCaseProjection} writes them. */
interface MediationCaseRows extends JpaRepository<MediationCaseRow, String>,
        JpaSpecificationExecutor<MediationCaseRow> {
}
