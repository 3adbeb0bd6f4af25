package cn.luzhi.query.suggestion;

import cn.luzhi.query.common.ResultPage;
import cn.luzhi.query.suggestion.SuggestionViews.SuggestionDetailView;
import cn.luzhi.query.suggestion.SuggestionViews.SuggestionView;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import cn.luzhi.query.security.Viewers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The suggestion list and detail pages' data. */
@RestController
class SuggestionController {

    private final SuggestionQueries queries;
    private final Viewers viewers;

    SuggestionController(SuggestionQueries queries, Viewers viewers) {
        this.queries = queries;
        this.viewers = viewers;
    }

    @GetMapping("/api/suggestions")
    ResultPage<SuggestionView> suggestions(SuggestionFilter filter,
                                           @RequestParam(defaultValue = "0") @Min(0) @Max(ResultPage.LAST_PAGE) int page,
                                           @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return queries.findSuggestions(filter, viewers.current(), page, size);
    }

    @GetMapping("/api/suggestions/{suggestionId}")
    SuggestionDetailView suggestion(@PathVariable String suggestionId) {
        return queries.findSuggestion(suggestionId, viewers.current());
    }
}
