package cn.luzhi.query.petition;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Reads petition rows; only {@link PetitionProjection} writes them. */
interface PetitionRows extends JpaRepository<PetitionRow, String>, JpaSpecificationExecutor<PetitionRow> {
}
