package cn.luzhi.query.ballot;

import cn.luzhi.query.ballot.LivelihoodProjectViews.LivelihoodProjectDetailView;
import cn.luzhi.query.ballot.LivelihoodProjectViews.LivelihoodProjectView;
import cn.luzhi.query.common.ResultPage;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The livelihood project list and detail pages' data. */
@RestController
class LivelihoodProjectController {

    private final LivelihoodProjectQueries queries;

    LivelihoodProjectController(LivelihoodProjectQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/projects")
    ResultPage<LivelihoodProjectView> projects(LivelihoodProjectFilter filter,
                                               @RequestParam(defaultValue = "0") @Min(0) @Max(ResultPage.LAST_PAGE) int page,
                                               @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return queries.findProjects(filter, page, size);
    }

    @GetMapping("/api/projects/{projectId}")
    LivelihoodProjectDetailView project(@PathVariable String projectId) {
        return queries.findProject(projectId);
    }
}
