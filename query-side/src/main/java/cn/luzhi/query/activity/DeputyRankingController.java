package cn.luzhi.query.activity;

import cn.luzhi.events.deputy.DeputyLevel;
import cn.luzhi.events.deputy.ProfessionalGroup;
import cn.luzhi.query.common.ResultPage;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The full ranking of deputies by points (履职排名), for those who assess deputies (docs/roles.md). */
@RestController
class DeputyRankingController {

    private final DeputyRanking ranking;

    DeputyRankingController(DeputyRanking ranking) {
        this.ranking = ranking;
    }

    /** Without {@code year}, the whole record; each filter left out selects every deputy. */
    @GetMapping("/api/deputy-ranking")
    ResultPage<DeputyRanking.RankedDeputy> ranking(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) DeputyLevel level,
            @RequestParam(required = false) String stationId,
            @RequestParam(required = false) ProfessionalGroup professionalGroup,
            @RequestParam(defaultValue = "0") @Min(0) @Max(ResultPage.LAST_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return ranking.ranking(new DeputyRanking.Filter(year, level, stationId, professionalGroup), page, size);
    }
}
