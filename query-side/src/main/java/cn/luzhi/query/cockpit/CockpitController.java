package cn.luzhi.query.cockpit;

import cn.luzhi.query.common.ChinaTime;
import cn.luzhi.query.common.InvalidQuery;
import cn.luzhi.query.common.Viewer;
import cn.luzhi.query.security.Viewers;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard's summary: {@code GET /api/cockpit/summary}, as docs/cockpit-contract.md defines it. */
@RestController
class CockpitController {

    private final Cockpit cockpit;
    private final CockpitAsOf asOf;
    private final Viewers viewers;

    CockpitController(Cockpit cockpit, CockpitAsOf asOf, Viewers viewers) {
        this.cockpit = cockpit;
        this.asOf = asOf;
        this.viewers = viewers;
    }

    /** With {@code asOf} (a Beijing date), the figures as they stood at the end of that day. */
    @GetMapping("/api/cockpit/summary")
    CockpitSummary summary(@RequestParam(required = false) String regionId,
                           @RequestParam(defaultValue = "YEAR") CockpitPeriod.Kind period,
                           @RequestParam(required = false) Integer year,
                           @RequestParam(required = false) String asOf) {
        String region = viewers.current().regionFilter(regionId);
        if (asOf == null) {
            return cockpit.summary(region, period, year);
        }
        LocalDate day;
        try {
            day = ChinaTime.supported("asOf", LocalDate.parse(asOf));
        } catch (DateTimeParseException e) {
            throw new InvalidQuery("asOf", "日期格式应为 YYYY-MM-DD：" + asOf);
        }
        return this.asOf.summary(region, period, year, day);
    }
}
