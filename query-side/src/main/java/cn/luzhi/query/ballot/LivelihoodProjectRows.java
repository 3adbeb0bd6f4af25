package cn.luzhi.query.ballot;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Reads project rows; only {@link LivelihoodProjectProjection} writes them. */
interface LivelihoodProjectRows extends JpaRepository<LivelihoodProjectRow, String>,
        JpaSpecificationExecutor<LivelihoodProjectRow> {

    /** The projects a ballot approved, in the order of their budgets, largest first. */
    List<LivelihoodProjectRow> findByBallotIdOrderByBudgetDescProjectIdAsc(String ballotId);
}
