package cn.luzhi.query.legislation;

import cn.luzhi.query.common.CaseListExport;
import cn.luzhi.query.common.ChinaTime;
import cn.luzhi.query.common.ExportColumn;
import cn.luzhi.query.common.ResultPage;
import cn.luzhi.query.legislation.LegislativeDraftViews.LegislativeDraftDetailView;
import cn.luzhi.query.legislation.LegislativeDraftViews.LegislativeDraftView;
import cn.luzhi.query.legislation.LegislativeDraftViews.LegislativeFigures;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The legislative opinion pages' data (立法意见征集): the list, its export, a draft, a year's figures. */
@RestController
class LegislativeDraftController {

    static final List<ExportColumn<LegislativeDraftView>> EXPORT = List.of(
            new ExportColumn<>("编号", LegislativeDraftView::draftId),
            new ExportColumn<>("法规草案", LegislativeDraftView::title),
            new ExportColumn<>("制定机关", LegislativeDraftView::legislature),
            new ExportColumn<>("状态", LegislativeDraftView::statusLabel),
            new ExportColumn<>("年度", view -> Integer.toString(view.year())),
            new ExportColumn<>("截止日期", view -> Objects.toString(view.closesOn(), "")),
            new ExportColumn<>("收集意见", view -> Integer.toString(view.collected())),
            new ExportColumn<>("报送意见", view -> Integer.toString(view.forwarded())),
            new ExportColumn<>("采纳意见", view -> Integer.toString(view.adopted())));

    private final LegislativeDraftQueries queries;
    private final CaseListExport export;

    LegislativeDraftController(LegislativeDraftQueries queries, CaseListExport export) {
        this.queries = queries;
        this.export = export;
    }

    @GetMapping("/api/legislative-drafts")
    ResultPage<LegislativeDraftView> drafts(LegislativeDraftFilter filter,
                                            @RequestParam(defaultValue = "0") @Min(0) @Max(ResultPage.LAST_PAGE)
                                            int page,
                                            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
                                            @RequestParam(required = false) String sort) {
        return queries.findDrafts(filter, page, size, sort);
    }

    @GetMapping("/api/legislative-drafts/export.xlsx")
    void exportList(LegislativeDraftFilter filter, @RequestParam(required = false) String sort,
                    HttpServletResponse response) throws IOException {
        export.write(response, "立法意见征集", EXPORT, queries.list(), LegislativeDraftQueries.where(filter), sort);
    }

    /** Figures of a year (default this year, China time). */
    @GetMapping("/api/legislative-drafts/figures")
    LegislativeFigures figures(@RequestParam(required = false) Integer year) {
        int shown = year == null ? LocalDate.now(ChinaTime.ZONE).getYear() : ChinaTime.supportedYear("year", year);
        return queries.figures(shown);
    }

    @GetMapping("/api/legislative-drafts/{draftId}")
    LegislativeDraftDetailView draft(@PathVariable String draftId) {
        return queries.findDraft(draftId);
    }
}
