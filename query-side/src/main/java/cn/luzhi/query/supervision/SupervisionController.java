package cn.luzhi.query.supervision;

import cn.luzhi.query.common.CaseType;
import cn.luzhi.query.common.ChinaTime;
import cn.luzhi.query.common.InvalidQuery;
import cn.luzhi.query.security.Viewers;
import cn.luzhi.query.supervision.SupervisionQueries.ListFilter;
import cn.luzhi.query.supervision.SupervisionViews.CaseSupervision;
import cn.luzhi.query.supervision.SupervisionViews.DeadlineList;
import cn.luzhi.query.supervision.SupervisionViews.UnitRankings;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Supervision (督办): a case's handling trail, the overdue and due-soon lists, the unit rankings. Parameters are
 * read as text and checked here, so that a bad one is refused in Chinese, naming it.
 */
@RestController
class SupervisionController {

    private static final EnumSet<CaseType> WITH_DEADLINES =
            EnumSet.of(CaseType.PETITION, CaseType.SUGGESTION, CaseType.MEDIATION);

    private final Supervision supervision;
    private final Viewers viewers;

    SupervisionController(Supervision supervision, Viewers viewers) {
        this.supervision = supervision;
        this.viewers = viewers;
    }

    @GetMapping("/api/supervision/cases/{caseId}")
    CaseSupervision caseTrail(@PathVariable String caseId) {
        return supervision.caseTrail(caseId, viewers.current());
    }

    @GetMapping("/api/supervision/overdue")
    DeadlineList overdue(@RequestParam(required = false) String regionId,
                         @RequestParam(required = false) String unitId,
                         @RequestParam(required = false) String deputyId,
                         @RequestParam(required = false) String caseType) {
        return supervision.overdue(filter(viewers.current().regionFilter(regionId), unitId, deputyId, caseType));
    }

    @GetMapping("/api/supervision/due-soon")
    DeadlineList dueSoon(@RequestParam(required = false) String days,
                         @RequestParam(required = false) String regionId,
                         @RequestParam(required = false) String unitId,
                         @RequestParam(required = false) String deputyId,
                         @RequestParam(required = false) String caseType) {
        Integer ahead = null;
        if (present(days)) {
            try {
                ahead = Integer.valueOf(days.trim());
            } catch (NumberFormatException e) {
                throw new InvalidQuery("days", "天数须为整数");
            }
        }
        return supervision.dueSoon(filter(viewers.current().regionFilter(regionId), unitId, deputyId, caseType), ahead);
    }

    @GetMapping("/api/supervision/unit-ranking")
    UnitRankings unitRanking(@RequestParam(required = false) String regionId,
                             @RequestParam(required = false) String from,
                             @RequestParam(required = false) String to) {
        return supervision.unitRankings(viewers.current().regionFilter(regionId), date("from", from), date("to", to));
    }

    private static ListFilter filter(String regionId, String unitId, String deputyId, String caseType) {
        CaseType type = null;
        if (present(caseType)) {
            type = WITH_DEADLINES.stream().filter(candidate -> candidate.name().equals(caseType)).findFirst()
                    .orElseThrow(() -> new InvalidQuery("caseType", "案件类型须为PETITION、SUGGESTION或MEDIATION"));
        }
        return new ListFilter(regionId, present(unitId) ? unitId : null,
                present(deputyId) ? deputyId : null, type);
    }

    private static LocalDate date(String parameter, String value) {
        if (!present(value)) {
            return null;
        }
        try {
            return ChinaTime.supported(parameter, LocalDate.parse(value.trim()));
        } catch (DateTimeParseException e) {
            throw new InvalidQuery(parameter, "日期格式须为yyyy-MM-dd");
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
