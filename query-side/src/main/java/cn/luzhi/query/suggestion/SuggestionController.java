package cn.luzhi.query.suggestion;

import cn.luzhi.query.common.CaseListExport;
import cn.luzhi.query.common.ExportColumn;
import cn.luzhi.query.common.ResultPage;
import cn.luzhi.query.common.XlsxTable;
import cn.luzhi.query.security.Viewers;
import cn.luzhi.query.suggestion.SuggestionViews.Ref;
import cn.luzhi.query.suggestion.SuggestionViews.SuggestionDetailView;
import cn.luzhi.query.suggestion.SuggestionViews.SuggestionView;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The suggestion list and detail pages' data, and the list's export. */
@RestController
class SuggestionController {

    /** The list page's columns, with the case number first so that a row leads back to its case. */
    static final List<ExportColumn<SuggestionView>> EXPORT = List.of(
            new ExportColumn<>("建议编号", SuggestionView::suggestionId),
            new ExportColumn<>("标题", SuggestionView::title),
            new ExportColumn<>("类别", SuggestionView::kindLabel),
            new ExportColumn<>("状态", SuggestionView::statusLabel),
            new ExportColumn<>("领衔代表", view -> name(view.leadDeputy())),
            new ExportColumn<>("主办单位", view -> name(view.leadUnit())),
            new ExportColumn<>("结果", view -> view.resultClass() == null ? null : view.resultClass() + "类"),
            new ExportColumn<>("提交时间", view -> XlsxTable.time(view.submittedAt())),
            new ExportColumn<>("答复期限", view -> XlsxTable.time(view.replyDueAt())),
            new ExportColumn<>("是否逾期", view -> view.overdue() ? "已逾期" : "未逾期"));

    private final SuggestionQueries queries;
    private final CaseListExport export;
    private final Viewers viewers;

    SuggestionController(SuggestionQueries queries, CaseListExport export, Viewers viewers) {
        this.queries = queries;
        this.export = export;
        this.viewers = viewers;
    }

    @GetMapping("/api/suggestions")
    ResultPage<SuggestionView> suggestions(SuggestionFilter filter,
                                           @RequestParam(defaultValue = "0") @Min(0) @Max(ResultPage.LAST_PAGE) int page,
                                           @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
                                           @RequestParam(required = false) String sort) {
        return queries.findSuggestions(filter, viewers.current(), page, size, sort);
    }

    @GetMapping("/api/suggestions/export.xlsx")
    void exportList(SuggestionFilter filter, @RequestParam(required = false) String sort,
                    HttpServletResponse response) throws IOException {
        export.write(response, "建议议案", EXPORT, queries.list(), SuggestionQueries.where(filter, viewers.current()),
                sort);
    }

    @GetMapping("/api/suggestions/{suggestionId}")
    SuggestionDetailView suggestion(@PathVariable String suggestionId) {
        return queries.findSuggestion(suggestionId, viewers.current());
    }

    private static String name(Ref ref) {
        return ref == null || ref.id() == null ? null : Objects.requireNonNullElse(ref.name(), ref.id());
    }
}
