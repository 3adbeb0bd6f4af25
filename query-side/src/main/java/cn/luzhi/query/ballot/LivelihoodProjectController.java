package cn.luzhi.query.ballot;

import cn.luzhi.query.ballot.LivelihoodProjectViews.LivelihoodProjectDetailView;
import cn.luzhi.query.ballot.LivelihoodProjectViews.LivelihoodProjectView;
import cn.luzhi.query.common.CaseListExport;
import cn.luzhi.query.common.ExportColumn;
import cn.luzhi.query.common.ResultPage;
import cn.luzhi.query.common.XlsxTable;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The livelihood project list and detail pages' data, and the list's export. */
@RestController
class LivelihoodProjectController {

    /** The list's columns. */
    static final List<ExportColumn<LivelihoodProjectView>> EXPORT = List.of(
            new ExportColumn<>("项目编号", LivelihoodProjectView::projectId),
            new ExportColumn<>("项目名称", LivelihoodProjectView::title),
            new ExportColumn<>("状态", LivelihoodProjectView::statusLabel),
            new ExportColumn<>("票决", view -> Objects.requireNonNullElse(view.ballot().title(), view.ballot().ballotId())),
            new ExportColumn<>("区域", view -> Objects.requireNonNullElse(view.regionName(), view.regionId())),
            new ExportColumn<>("年度", view -> Integer.toString(view.year())),
            new ExportColumn<>("预算（元）", view -> plain(view.budget())),
            new ExportColumn<>("进度（%）", view -> Integer.toString(view.percent())),
            new ExportColumn<>("视察次数", view -> Integer.toString(view.inspections())),
            new ExportColumn<>("满意率", view -> plain(view.satisfactionRate())),
            new ExportColumn<>("立项时间", view -> XlsxTable.time(view.approvedAt())),
            new ExportColumn<>("完工时间", view -> XlsxTable.time(view.completedAt())));

    private final LivelihoodProjectQueries queries;
    private final CaseListExport export;

    LivelihoodProjectController(LivelihoodProjectQueries queries, CaseListExport export) {
        this.queries = queries;
        this.export = export;
    }

    @GetMapping("/api/projects")
    ResultPage<LivelihoodProjectView> projects(LivelihoodProjectFilter filter,
                                               @RequestParam(defaultValue = "0") @Min(0) @Max(ResultPage.LAST_PAGE) int page,
                                               @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
                                               @RequestParam(required = false) String sort) {
        return queries.findProjects(filter, page, size, sort);
    }

    @GetMapping("/api/projects/export.xlsx")
    void exportList(LivelihoodProjectFilter filter, @RequestParam(required = false) String sort,
                    HttpServletResponse response) throws IOException {
        export.write(response, "民生实事项目", EXPORT, queries.list(), LivelihoodProjectQueries.where(filter), sort);
    }

    @GetMapping("/api/projects/{projectId}")
    LivelihoodProjectDetailView project(@PathVariable String projectId) {
        return queries.findProject(projectId);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
