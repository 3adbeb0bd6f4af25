package cn.luzhi.query.ballot;

import cn.luzhi.query.ballot.BallotViews.BallotDetailView;
import cn.luzhi.query.ballot.BallotViews.BallotView;
import cn.luzhi.query.ballot.BallotViews.RollCallView;
import cn.luzhi.query.common.CaseListExport;
import cn.luzhi.query.common.ExportColumn;
import cn.luzhi.query.common.ResultPage;
import cn.luzhi.query.common.XlsxTable;
import cn.luzhi.query.security.Viewers;
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

/** The ballot list and detail pages' data, the list's export, and the ballot desk's roll call. */
@RestController
class BallotController {

    /** The list's columns; counts only, never who voted (the ballot is secret). */
    static final List<ExportColumn<BallotView>> EXPORT = List.of(
            new ExportColumn<>("票决编号", BallotView::ballotId),
            new ExportColumn<>("标题", BallotView::title),
            new ExportColumn<>("层级", BallotView::levelLabel),
            new ExportColumn<>("状态", BallotView::statusLabel),
            new ExportColumn<>("区域", view -> Objects.requireNonNullElse(view.regionName(), view.regionId())),
            new ExportColumn<>("年度", view -> Integer.toString(view.year())),
            new ExportColumn<>("候选项目数", view -> Integer.toString(view.candidates())),
            new ExportColumn<>("应到代表", view -> Integer.toString(view.entitled())),
            new ExportColumn<>("已投票", view -> Integer.toString(view.votesCast())),
            new ExportColumn<>("创建时间", view -> XlsxTable.time(view.createdAt())),
            new ExportColumn<>("投票截止", view -> XlsxTable.time(view.closesAt())));

    private final BallotQueries queries;
    private final CaseListExport export;
    private final Viewers viewers;

    BallotController(BallotQueries queries, CaseListExport export, Viewers viewers) {
        this.queries = queries;
        this.export = export;
        this.viewers = viewers;
    }

    @GetMapping("/api/ballots")
    ResultPage<BallotView> ballots(BallotFilter filter,
                                   @RequestParam(defaultValue = "0") @Min(0) @Max(ResultPage.LAST_PAGE) int page,
                                   @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
                                   @RequestParam(required = false) String sort) {
        return queries.findBallots(filter, page, size, sort);
    }

    @GetMapping("/api/ballots/export.xlsx")
    void exportList(BallotFilter filter, @RequestParam(required = false) String sort, HttpServletResponse response)
            throws IOException {
        export.write(response, "民生实事票决", EXPORT, queries.list(), BallotQueries.where(filter), sort);
    }

    @GetMapping("/api/ballots/{ballotId}")
    BallotDetailView ballot(@PathVariable String ballotId) {
        return queries.findBallot(ballotId);
    }

    /** The ballot desk's roll call: who is entitled and who has checked in, never who voted. */
    @GetMapping("/api/ballots/{ballotId}/roll-call")
    RollCallView rollCall(@PathVariable String ballotId) {
        return queries.findRollCall(ballotId, viewers.current());
    }
}
