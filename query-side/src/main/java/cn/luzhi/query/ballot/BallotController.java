package cn.luzhi.query.ballot;

import cn.luzhi.query.ballot.BallotViews.BallotDetailView;
import cn.luzhi.query.ballot.BallotViews.BallotView;
import cn.luzhi.query.common.ResultPage;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The ballot list and detail pages' data. */
@RestController
class BallotController {

    private final BallotQueries queries;

    BallotController(BallotQueries queries) {
        this.queries = queries;
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
}
