package cn.luzhi.query.audit;

import cn.luzhi.query.audit.CaseHistoryViews.CaseHistoryView;
import cn.luzhi.query.audit.CaseHistoryViews.CaseStateView;
import cn.luzhi.query.security.Viewers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail of one case of any type (petition, suggestion or bill, mediation case, ballot, livelihood
 * project), read from the event store itself: its history and its state at any point.
 */
@RestController
class CaseHistoryController {

    private final CaseHistory history;
    private final Viewers viewers;

    CaseHistoryController(CaseHistory history, Viewers viewers) {
        this.history = history;
        this.viewers = viewers;
    }

    @GetMapping("/api/cases/{caseId}/history")
    CaseHistoryView history(@PathVariable String caseId) {
        return history.history(caseId, viewers.current());
    }

    /**
     * The state after the events up to {@code at} (an ISO-8601 instant, a Beijing local date-time or a date) or up
     * to the global index {@code position}, both inclusive; the present state when neither is given.
     */
    @GetMapping("/api/cases/{caseId}/state")
    CaseStateView state(@PathVariable String caseId, @RequestParam(required = false) String at,
                        @RequestParam(required = false) String position) {
        return history.stateAsOf(caseId, AsOf.parse(at, position), viewers.current());
    }
}
