package cn.luzhi.query.mediation;

import cn.luzhi.query.common.CaseListExport;
import cn.luzhi.query.common.ExportColumn;
import cn.luzhi.query.common.ResultPage;
import cn.luzhi.query.common.XlsxTable;
import cn.luzhi.query.mediation.MediationCaseViews.MediationCaseDetailView;
import cn.luzhi.query.mediation.MediationCaseViews.MediationCaseView;
import cn.luzhi.query.security.Viewers;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The mediation case list and detail pages' data, and the list's export. */
@RestController
class MediationCaseController {

    /** The list's columns; the parties are personal data and stay out. */
    static final List<ExportColumn<MediationCaseView>> EXPORT = List.of(
            new ExportColumn<>("案件编号", MediationCaseView::mediationCaseId),
            new ExportColumn<>("纠纷类型", MediationCaseView::disputeTypeLabel),
            new ExportColumn<>("状态", MediationCaseView::statusLabel),
            new ExportColumn<>("区域", view -> Objects.requireNonNullElse(view.regionName(), view.regionId())),
            new ExportColumn<>("委派法院", view -> view.court() == null || view.court().id() == null ? null
                    : Objects.requireNonNullElse(view.court().name(), view.court().id())),
            new ExportColumn<>("调解员", view -> view.mediators().stream()
                    .map(mediator -> Objects.requireNonNullElse(mediator.name(), mediator.id()))
                    .collect(Collectors.joining("、"))),
            new ExportColumn<>("委派时间", view -> XlsxTable.time(view.referredAt())),
            new ExportColumn<>("调解期限", view -> XlsxTable.time(view.mediationDueAt())),
            new ExportColumn<>("是否逾期", view -> view.overdue() ? "已逾期" : "未逾期"),
            new ExportColumn<>("结案时间", view -> XlsxTable.time(view.endedAt())));

    private final MediationCaseQueries queries;
    private final CaseListExport export;
    private final Viewers viewers;

    MediationCaseController(MediationCaseQueries queries, CaseListExport export, Viewers viewers) {
        this.queries = queries;
        this.export = export;
        this.viewers = viewers;
    }

    @GetMapping("/api/mediation-cases")
    ResultPage<MediationCaseView> mediationCases(MediationCaseFilter filter,
                                                 @RequestParam(defaultValue = "0") @Min(0) @Max(ResultPage.LAST_PAGE) int page,
                                                 @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
                                                 @RequestParam(required = false) String sort) {
        return queries.findMediationCases(filter, viewers.current(), page, size, sort);
    }

    @GetMapping("/api/mediation-cases/export.xlsx")
    void exportList(MediationCaseFilter filter, @RequestParam(required = false) String sort,
                    HttpServletResponse response) throws IOException {
        export.write(response, "诉前调解", EXPORT, queries.list(),
                MediationCaseQueries.where(filter, viewers.current()), sort);
    }

    @GetMapping("/api/mediation-cases/{mediationCaseId}")
    MediationCaseDetailView mediationCase(@PathVariable String mediationCaseId) {
        return queries.findMediationCase(mediationCaseId, viewers.current());
    }
}
