package cn.luzhi.query.legislation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Reads draft rows; only {@link LegislativeDraftProjection} writes them. */
interface LegislativeDraftRows extends JpaRepository<LegislativeDraftRow, String>,
        JpaSpecificationExecutor<LegislativeDraftRow> {
}
