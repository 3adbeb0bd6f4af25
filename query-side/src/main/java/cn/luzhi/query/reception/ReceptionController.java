package cn.luzhi.query.reception;

import cn.luzhi.query.common.ChinaTime;
import cn.luzhi.query.common.ResultPage;
import cn.luzhi.query.reception.ReceptionViews.ReceptionDetailView;
import cn.luzhi.query.reception.ReceptionViews.ReceptionFiguresView;
import cn.luzhi.query.reception.ReceptionViews.ReceptionView;
import cn.luzhi.query.security.Viewers;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The reception list, a reception's page and the reception figures (接待统计). */
@RestController
class ReceptionController {

    private final ReceptionQueries queries;
    private final Viewers viewers;
    /** The cockpit's clock, so "this year" is the same year the cockpit shows (the demo runs its own time). */
    private final Clock cockpitClock;

    ReceptionController(ReceptionQueries queries, Viewers viewers, Clock cockpitClock) {
        this.queries = queries;
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
