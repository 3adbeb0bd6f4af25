package cn.luzhi.query.ballot;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Reads ballot rows; only {@link BallotProjection} writes them. */
interface BallotRows extends JpaRepository<BallotRow, String>, JpaSpecificationExecutor<BallotRow> {
}
