package cn.luzhi.query.reception;

import cn.luzhi.query.common.CaseListExport;
import cn.luzhi.query.common.ChinaTime;
import cn.luzhi.query.common.ExportColumn;
import cn.luzhi.query.common.XlsxTable;
import cn.luzhi.query.common.ResultPage;
import cn.luzhi.query.reception.ReceptionViews.ReceptionDetailView;
import cn.luzhi.query.reception.ReceptionViews.ReceptionFiguresView;
import cn.luzhi.query.reception.ReceptionViews.ReceptionView;
import cn.luzhi.query.security.Viewers;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The reception list, a reception's page and the reception figures (接待统计). */
@RestController
class ReceptionController {

    /** The list's columns. */
    static final List<ExportColumn<ReceptionView>> EXPORT = List.of(
            new ExportColumn<>("接待编号", ReceptionView::receptionId),
            new ExportColumn<>("代表之家（站）", view -> Objects.requireNonNullElse(view.station().name(),
                    view.station().id())),
            new ExportColumn<>("接待时间", view -> XlsxTable.time(view.receivedAt())),
            new ExportColumn<>("接待代表", view -> view.deputies().stream()
                    .map(deputy -> Objects.requireNonNullElse(deputy.name(), deputy.id()))
                    .collect(Collectors.joining("、"))),
            new ExportColumn<>("接待群众（人）", view -> String.valueOf(view.citizensReceived())),
            new ExportColumn<>("反映问题（个）", view -> String.valueOf(view.issuesRaised())),
            new ExportColumn<>("转为诉求（件）", view -> String.valueOf(view.petitionsCreated())),
            new ExportColumn<>("状态", ReceptionView::statusLabel));

    private final ReceptionQueries queries;
    private final CaseListExport export;
    private final Viewers viewers;
    /** The cockpit's clock, so "this year" is the same year the cockpit shows (the demo runs its own time). */
    private final Clock cockpitClock;

    ReceptionController(ReceptionQueries queries, CaseListExport export, Viewers viewers, Clock cockpitClock) {
        this.queries = queries;
        this.export = export;
        this.viewers = viewers;
        this.cockpitClock = cockpitClock;
    }

    @GetMapping("/api/receptions")
    ResultPage<ReceptionView> receptions(ReceptionFilter filter,
                                         @RequestParam(defaultValue = "0") @Min(0) @Max(ResultPage.LAST_PAGE) int page,
                                         @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
                                         @RequestParam(required = false) String sort) {
        return queries.findReceptions(filter, viewers.current(), page, size, sort);
    }

    @GetMapping("/api/receptions/export.xlsx")
    void exportList(ReceptionFilter filter, @RequestParam(required = false) String sort,
                    HttpServletResponse response) throws IOException {
        export.write(response, "进家接待", EXPORT, queries.list(), queries.where(filter, viewers.current()), sort);
    }

    @GetMapping("/api/receptions/{receptionId}")
    ReceptionDetailView reception(@PathVariable String receptionId) {
        return queries.findReception(receptionId, viewers.current());
    }

    @GetMapping("/api/reception-figures")
    ReceptionFiguresView figures(@RequestParam(required = false) Integer year) {
        int asked = year == null ? LocalDate.now(cockpitClock.withZone(ChinaTime.ZONE)).getYear() : ChinaTime.supportedYear("year", year);
        return queries.figures(asked, viewers.current());
    }
}
