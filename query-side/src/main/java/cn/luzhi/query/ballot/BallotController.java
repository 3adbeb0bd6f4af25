package cn.luzhi.query.ballot;

import cn.luzhi.query.ballot.BallotViews.BallotDetailView;
import cn.luzhi.query.ballot.BallotViews.BallotView;
import cn.luzhi.query.ballot.BallotViews.RollCallView;
import cn.luzhi.query.common.ResultPage;
import cn.luzhi.query.security.Viewers;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The ballot list and detail pages' data, and the ballot desk's roll call. */
@RestController
class BallotController {

    private final BallotQueries queries;
    private final Viewers viewers;

    BallotController(BallotQueries queries, Viewers viewers) {
        this.queries = queries;
        this.viewers = viewers;
    }

    @GetMapping("/api/ballots")
    ResultPage<BallotView> ballots(BallotFilter filter,
                                   @RequestParam(defaultValue = "0") @Min(0) @Max(ResultPage.LAST_PAGE) int page,
                                   @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return queries.findBallots(filter, page, size);
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
