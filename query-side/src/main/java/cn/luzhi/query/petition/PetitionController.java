package cn.luzhi.query.petition;

import cn.luzhi.query.common.ResultPage;
import cn.luzhi.query.petition.PetitionViews.PetitionDetailView;
import cn.luzhi.query.petition.PetitionViews.PetitionView;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import cn.luzhi.query.security.Viewers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The petition list and detail pages' data. */
@RestController
class PetitionController {

    private final PetitionQueries queries;
    private final Viewers viewers;

    PetitionController(PetitionQueries queries, Viewers viewers) {
        this.queries = queries;
        this.viewers = viewers;
    }

    @GetMapping("/api/petitions")
    ResultPage<PetitionView> petitions(PetitionFilter filter,
                                       @RequestParam(defaultValue = "0") @Min(0) @Max(ResultPage.LAST_PAGE) int page,
                                       @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
                                       @RequestParam(required = false) String sort) {
        return queries.findPetitions(filter, viewers.current(), page, size, PetitionQueries.sortOf(sort));
    }

    @GetMapping("/api/petitions/{petitionId}")
    PetitionDetailView petition(@PathVariable String petitionId) {
        return queries.findPetition(petitionId, viewers.current());
    }
}
