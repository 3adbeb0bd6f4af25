package cn.luzhi.query.mediation;

import cn.luzhi.query.common.ResultPage;
import cn.luzhi.query.mediation.MediationCaseViews.MediationCaseDetailView;
import cn.luzhi.query.mediation.MediationCaseViews.MediationCaseView;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import cn.luzhi.query.security.Viewers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The mediation case list and detail pages' data. */
@RestController
class MediationCaseController {

    private final MediationCaseQueries queries;
    private final Viewers viewers;

    MediationCaseController(MediationCaseQueries queries, Viewers viewers) {
        this.queries = queries;
        this.viewers = viewers;
    }

    @GetMapping("/api/mediation-cases")
    ResultPage<MediationCaseView> mediationCases(MediationCaseFilter filter,
                                                 @RequestParam(defaultValue = "0") @Min(0) @Max(ResultPage.LAST_PAGE) int page,
                                                 @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return queries.findMediationCases(filter, viewers.current(), page, size);
    }

    @GetMapping("/api/mediation-cases/{mediationCaseId}")
    MediationCaseDetailView mediationCase(@PathVariable String mediationCaseId) {
        return queries.findMediationCase(mediationCaseId, viewers.current());
    }
}
