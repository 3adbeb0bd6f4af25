package cn.luzhi.query.suggestion;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Reads suggestion rows; only {@link SuggestionProjection} writes them. */
interface SuggestionRows extends JpaRepository<SuggestionRow, String>, JpaSpecificationExecutor<SuggestionRow> {
}
