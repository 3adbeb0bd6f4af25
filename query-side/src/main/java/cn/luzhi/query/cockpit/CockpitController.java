package cn.luzhi.query.cockpit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard's summary: {@code GET /api/cockpit/summary}, as docs/cockpit-contract.md defines it. */
@RestController
class CockpitController {

    private final Cockpit cockpit;

    CockpitController(Cockpit cockpit) {
        this.cockpit = cockpit;
    }

    @GetMapping("/api/cockpit/summary")
    CockpitSummary summary(@RequestParam(required = false) String regionId,
                           @RequestParam(defaultValue = "YEAR") CockpitPeriod.Kind period,
                           @RequestParam(required = false) Integer year) {
        return cockpit.summary(regionId, period, year);
    }
}
