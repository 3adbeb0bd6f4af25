package cn.luzhi.query.petition;

import cn.luzhi.query.common.CaseListExport;
import cn.luzhi.query.common.ExportColumn;
import cn.luzhi.query.common.ResultPage;
import cn.luzhi.query.common.XlsxTable;
import cn.luzhi.query.petition.PetitionViews.PetitionDetailView;
import cn.luzhi.query.petition.PetitionViews.PetitionView;
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

/** The petition list and detail pages' data, and the list's export. */
@RestController
class PetitionController {

    /** The list page's columns, with the case number first so that a row leads back to its case. */
    static final List<ExportColumn<PetitionView>> EXPORT = List.of(
            new ExportColumn<>("诉求编号", PetitionView::petitionId),
            new ExportColumn<>("标题", PetitionView::title),
            new ExportColumn<>("状态", PetitionView::statusLabel),
            new ExportColumn<>("来源", PetitionView::sourceLabel),
            new ExportColumn<>("12345工单号", PetitionView::hotlineTicketNumber),
            new ExportColumn<>("区域", view -> Objects.requireNonNullElse(view.regionName(), view.regionId())),
            new ExportColumn<>("承办单位", view -> view.units().stream()
                    .map(unit -> Objects.requireNonNullElse(unit.name(), unit.unitId())).collect(Collectors.joining("、"))),
            new ExportColumn<>("登记时间", view -> XlsxTable.time(view.submittedAt())),
            new ExportColumn<>("答复期限", view -> XlsxTable.time(view.replyDueAt())),
            new ExportColumn<>("是否逾期", view -> view.overdue() ? "已逾期" : "未逾期"));

    private final PetitionQueries queries;
    private final CaseListExport export;
    private final Viewers viewers;

    PetitionController(PetitionQueries queries, CaseListExport export, Viewers viewers) {
        this.queries = queries;
        this.export = export;
        this.viewers = viewers;
    }

    @GetMapping("/api/petitions")
    ResultPage<PetitionView> petitions(PetitionFilter filter,
                                       @RequestParam(defaultValue = "0") @Min(0) @Max(ResultPage.LAST_PAGE) int page,
                                       @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
                                       @RequestParam(required = false) String sort) {
        return queries.findPetitions(filter, viewers.current(), page, size, PetitionQueries.ORDER.of(sort));
    }

    @GetMapping("/api/petitions/export.xlsx")
    void exportList(PetitionFilter filter, @RequestParam(required = false) String sort, HttpServletResponse response)
            throws IOException {
        export.write(response, "民意诉求", EXPORT, queries.list(), PetitionQueries.where(filter, viewers.current()),
                sort);
    }

    @GetMapping("/api/petitions/{petitionId}")
    PetitionDetailView petition(@PathVariable String petitionId) {
        return queries.findPetition(petitionId, viewers.current());
    }
}
