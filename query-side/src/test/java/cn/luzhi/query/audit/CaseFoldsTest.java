package cn.luzhi.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.query.common.CaseType;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class CaseFoldsTest {

    @Test
    void shouldHaveOneFoldForEveryCaseType() {
        assertThat(CaseHistory.FOLDS).extracting(CaseFold::caseType).containsExactlyInAnyOrder(CaseType.values());
    }

    @Test
    void shouldNameEveryFieldOnceWithAChineseLabelAndStartWithTheStatus() {
        for (CaseFold fold : CaseHistory.FOLDS) {
            assertThat(new HashSet<>(fold.fields())).as(fold.caseType().name()).hasSameSizeAs(fold.fields());
            assertThat(fold.fields()).as(fold.caseType().name())
                    .allSatisfy(field -> assertThat(field.label()).matches(".*\\p{IsHan}.*"));
            assertThat(fold.fields().get(0)).isEqualTo(new StateField("status", "状态"));
        }
    }
}
