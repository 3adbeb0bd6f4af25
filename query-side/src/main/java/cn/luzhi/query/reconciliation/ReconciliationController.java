package cn.luzhi.query.reconciliation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/admin/reconciliation}: runs the check now (ADMIN, AUDITOR; see QueryAccessRules), comparing a
 * sample of case rows with their events, or every one with {@code ?full=true}.
 */
@RestController
class ReconciliationController {

    private final Reconciliation reconciliation;

    ReconciliationController(Reconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @GetMapping("/api/admin/reconciliation")
    ReconciliationReport check(@RequestParam(defaultValue = "false") boolean full) {
        return reconciliation.check(full);
    }
}
